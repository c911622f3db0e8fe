import { useState } from 'react';

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
    <section
      className="text-text bg-surface border-border p-lg gap-md rounded-lg border-(length:--border-width) shadow-sm font-base flex flex-col w-full max-w-[36rem] border-solid box-border"
      aria-labelledby="settings-title"
    >
      <header className="gap-xs flex flex-col">
        <h2
          className="text-text m-0 font-heading text-xl font-bold leading-tight"
          id="settings-title"
        >Notifications</h2>
        <p className="text-text-muted m-0 font-base text-sm leading-normal">Choose what we tell you about and where.</p>
      </header>
      <ul className="p-0 m-0 gap-md flex flex-col list-none">
        <li className="pt-md gap-md flex items-start justify-between">
          <div className="gap-xs flex flex-col">
            <span className="text-text text-md/[inherit] font-medium" id="setting-1-label">Email notifications</span>
            <span
              className="text-text-muted m-0 font-base text-sm leading-normal"
              id="setting-1-description"
            >Get a summary of activity on your projects.</span>
          </div>
          <button
            className="bg-surface p-0 rounded-full border-0 font-[family-name:inherit] duration-(--duration-fast) relative shrink-0 w-[2.75rem] h-[1.5rem] cursor-pointer transition-[background-color,border-color,color,box-shadow,transform,opacity] ease-[ease-out] hover:opacity-90 focus-visible:outline-focus focus-visible:outline-(length:--border-width) focus-visible:outline-offset-(--spacing-xs) focus-visible:outline-solid active:transform-[scale(0.97)] disabled:shadow-none disabled:opacity-55 disabled:cursor-not-allowed disabled:transform-none aria-disabled:shadow-none aria-disabled:opacity-55 aria-disabled:cursor-not-allowed aria-disabled:transform-none"
            type="button"
            role="switch"
            aria-checked={setting1}
            aria-labelledby="setting-1-label"
            aria-describedby="setting-1-description"
            onClick={handleSwitch1Click}
          >{setting1 ? <><span className="bg-primary rounded-full absolute inset-0" aria-hidden="true" /><span className="bg-surface rounded-full shadow-sm duration-(--duration-normal) absolute top-[0.1875rem] left-[1.4375rem] w-[1.125rem] h-[1.125rem] transition-[left]" aria-hidden="true" /></> : <span className="bg-surface rounded-full shadow-sm duration-(--duration-normal) absolute top-[0.1875rem] left-[0.1875rem] w-[1.125rem] h-[1.125rem] transition-[left]" aria-hidden="true" />}</button>
        </li>
        <li className="border-border pt-md gap-md border-0 flex items-start justify-between border-solid border-t-(length:--border-width)">
          <div className="gap-xs flex flex-col">
            <span className="text-text text-md/[inherit] font-medium" id="setting-2-label">Push notifications</span>
            <span
              className="text-text-muted m-0 font-base text-sm leading-normal"
              id="setting-2-description"
            >Instant alerts on your phone and desktop.</span>
          </div>
          <button
            className="bg-surface p-0 rounded-full border-0 font-[family-name:inherit] duration-(--duration-fast) relative shrink-0 w-[2.75rem] h-[1.5rem] cursor-pointer transition-[background-color,border-color,color,box-shadow,transform,opacity] ease-[ease-out] hover:opacity-90 focus-visible:outline-focus focus-visible:outline-(length:--border-width) focus-visible:outline-offset-(--spacing-xs) focus-visible:outline-solid active:transform-[scale(0.97)] disabled:shadow-none disabled:opacity-55 disabled:cursor-not-allowed disabled:transform-none aria-disabled:shadow-none aria-disabled:opacity-55 aria-disabled:cursor-not-allowed aria-disabled:transform-none"
            type="button"
            role="switch"
            aria-checked={setting2}
            aria-labelledby="setting-2-label"
            aria-describedby="setting-2-description"
            onClick={handleSwitch2Click}
          >{setting2 ? <><span className="bg-primary rounded-full absolute inset-0" aria-hidden="true" /><span className="bg-surface rounded-full shadow-sm duration-(--duration-normal) absolute top-[0.1875rem] left-[1.4375rem] w-[1.125rem] h-[1.125rem] transition-[left]" aria-hidden="true" /></> : <span className="bg-surface rounded-full shadow-sm duration-(--duration-normal) absolute top-[0.1875rem] left-[0.1875rem] w-[1.125rem] h-[1.125rem] transition-[left]" aria-hidden="true" />}</button>
        </li>
        <li className="border-border pt-md gap-md border-0 flex items-start justify-between border-solid border-t-(length:--border-width)">
          <div className="gap-xs flex flex-col">
            <span className="text-text text-md/[inherit] font-medium" id="setting-3-label">Weekly digest</span>
            <span
              className="text-text-muted m-0 font-base text-sm leading-normal"
              id="setting-3-description"
            >One email every Monday with the highlights.</span>
          </div>
          <button
            className="bg-surface p-0 rounded-full border-0 font-[family-name:inherit] duration-(--duration-fast) relative shrink-0 w-[2.75rem] h-[1.5rem] cursor-pointer transition-[background-color,border-color,color,box-shadow,transform,opacity] ease-[ease-out] hover:opacity-90 focus-visible:outline-focus focus-visible:outline-(length:--border-width) focus-visible:outline-offset-(--spacing-xs) focus-visible:outline-solid active:transform-[scale(0.97)] disabled:shadow-none disabled:opacity-55 disabled:cursor-not-allowed disabled:transform-none aria-disabled:shadow-none aria-disabled:opacity-55 aria-disabled:cursor-not-allowed aria-disabled:transform-none"
            type="button"
            role="switch"
            aria-checked={setting3}
            aria-labelledby="setting-3-label"
            aria-describedby="setting-3-description"
            onClick={handleSwitch3Click}
          >{setting3 ? <><span className="bg-primary rounded-full absolute inset-0" aria-hidden="true" /><span className="bg-surface rounded-full shadow-sm duration-(--duration-normal) absolute top-[0.1875rem] left-[1.4375rem] w-[1.125rem] h-[1.125rem] transition-[left]" aria-hidden="true" /></> : <span className="bg-surface rounded-full shadow-sm duration-(--duration-normal) absolute top-[0.1875rem] left-[0.1875rem] w-[1.125rem] h-[1.125rem] transition-[left]" aria-hidden="true" />}</button>
        </li>
      </ul>
    </section>
  );
}
