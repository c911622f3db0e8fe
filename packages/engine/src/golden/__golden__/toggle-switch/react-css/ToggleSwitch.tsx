import { useState } from 'react';
import './ToggleSwitch.css';

/** Settings toggle switches */
export interface ToggleSwitchProps {
  onChange?: () => void;
}

/** Settings toggle switches */
export function ToggleSwitch({ onChange }: ToggleSwitchProps) {
  const [setting1, setSetting1] = useState(true);
  const [setting2, setSetting2] = useState(false);
  const [setting3, setSetting3] = useState(true);

  function handleSwitch1Click() {
    setSetting1((current) => !current);
    onChange?.();
  }

  function handleSwitch2Click() {
    setSetting2((current) => !current);
    onChange?.();
  }

  function handleSwitch3Click() {
    setSetting3((current) => !current);
    onChange?.();
  }

  return (
    <section className="toggle-switch__settings" aria-labelledby="settings-title">
      <header className="toggle-switch__settings-header">
        <h2 className="toggle-switch__settings-title" id="settings-title">Notifications</h2>
        <p className="toggle-switch__settings-subtitle">Choose what we tell you about and where.</p>
      </header>
      <ul className="toggle-switch__settings-list">
        <li className="toggle-switch__setting-1">
          <div className="toggle-switch__setting-1-text">
            <span className="toggle-switch__setting-1-label" id="setting-1-label">Email notifications</span>
            <span className="toggle-switch__setting-1-description" id="setting-1-description">Get a summary of activity on your projects.</span>
          </div>
          <button
            className="toggle-switch__switch-1"
            type="button"
            role="switch"
            aria-checked={setting1}
            aria-labelledby="setting-1-label"
            aria-describedby="setting-1-description"
            onClick={handleSwitch1Click}
          >{setting1 ? <><span className="toggle-switch__switch-1-on" aria-hidden="true" /><span className="toggle-switch__switch-1-knob-on" aria-hidden="true" /></> : <span className="toggle-switch__switch-1-knob-off" aria-hidden="true" />}</button>
        </li>
        <li className="toggle-switch__setting-2">
          <div className="toggle-switch__setting-2-text">
            <span className="toggle-switch__setting-2-label" id="setting-2-label">Push notifications</span>
            <span className="toggle-switch__setting-2-description" id="setting-2-description">Instant alerts on your phone and desktop.</span>
          </div>
          <button
            className="toggle-switch__switch-2"
            type="button"
            role="switch"
            aria-checked={setting2}
            aria-labelledby="setting-2-label"
            aria-describedby="setting-2-description"
            onClick={handleSwitch2Click}
          >{setting2 ? <><span className="toggle-switch__switch-2-on" aria-hidden="true" /><span className="toggle-switch__switch-2-knob-on" aria-hidden="true" /></> : <span className="toggle-switch__switch-2-knob-off" aria-hidden="true" />}</button>
        </li>
        <li className="toggle-switch__setting-3">
          <div className="toggle-switch__setting-3-text">
            <span className="toggle-switch__setting-3-label" id="setting-3-label">Weekly digest</span>
            <span className="toggle-switch__setting-3-description" id="setting-3-description">One email every Monday with the highlights.</span>
          </div>
          <button
            className="toggle-switch__switch-3"
            type="button"
            role="switch"
            aria-checked={setting3}
            aria-labelledby="setting-3-label"
            aria-describedby="setting-3-description"
            onClick={handleSwitch3Click}
          >{setting3 ? <><span className="toggle-switch__switch-3-on" aria-hidden="true" /><span className="toggle-switch__switch-3-knob-on" aria-hidden="true" /></> : <span className="toggle-switch__switch-3-knob-off" aria-hidden="true" />}</button>
        </li>
      </ul>
    </section>
  );
}
