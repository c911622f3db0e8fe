import { useState } from 'react';
import './Tabs.css';

/** Tabs (3) */
export function Tabs() {
  const [tab1, setTab1] = useState(true);
  const [tab2, setTab2] = useState(false);
  const [tab3, setTab3] = useState(false);

  function handleTab1Click() {
    setTab1(true);
    setTab2(false);
    setTab3(false);
  }

  function handleTab2Click() {
    setTab1(false);
    setTab2(true);
    setTab3(false);
  }

  function handleTab3Click() {
    setTab1(false);
    setTab2(false);
    setTab3(true);
  }

  return (
    <div className="tabs__tabs">
      <div className="tabs__tabs-list" role="tablist" aria-label="Product details">
        <button
          className="tabs__tab-1"
          type="button"
          id="tab-1"
          role="tab"
          aria-selected={tab1}
          aria-controls="tab-panel-1"
          onClick={handleTab1Click}
        >Overview{tab1 && <span className="tabs__tab-1-indicator" aria-hidden="true" />}</button>
        <button
          className="tabs__tab-2"
          type="button"
          id="tab-2"
          role="tab"
          aria-selected={tab2}
          aria-controls="tab-panel-2"
          onClick={handleTab2Click}
        >Specifications{tab2 && <span className="tabs__tab-2-indicator" aria-hidden="true" />}</button>
        <button
          className="tabs__tab-3"
          type="button"
          id="tab-3"
          role="tab"
          aria-selected={tab3}
          aria-controls="tab-panel-3"
          onClick={handleTab3Click}
        >Reviews{tab3 && <span className="tabs__tab-3-indicator" aria-hidden="true" />}</button>
      </div>
      {tab1 && (
        <div
          className="tabs__tab-panel-1"
          id="tab-panel-1"
          tabIndex={0}
          role="tabpanel"
          aria-labelledby="tab-1"
        >
          <h3 className="tabs__tab-panel-1-title">Built for everyday carry</h3>
          <p className="tabs__tab-panel-1-text">A lightweight shell, recycled fabrics and a lifetime warranty make this the last backpack you will need.</p>
        </div>
      )}
      {tab2 && (
        <div
          className="tabs__tab-panel-2"
          id="tab-panel-2"
          tabIndex={0}
          role="tabpanel"
          aria-labelledby="tab-2"
        >
          <h3 className="tabs__tab-panel-2-title">Specifications</h3>
          <p className="tabs__tab-panel-2-text">Capacity 22 L · Weight 850 g · Padded sleeve for laptops up to 16 inches · Water-resistant zips.</p>
        </div>
      )}
      {tab3 && (
        <div
          className="tabs__tab-panel-3"
          id="tab-panel-3"
          tabIndex={0}
          role="tabpanel"
          aria-labelledby="tab-3"
        >
          <h3 className="tabs__tab-panel-3-title">Rated 4.8 by 1,204 customers</h3>
          <p className="tabs__tab-panel-3-text">“Comfortable on long commutes, and the laptop sleeve fits perfectly.” — Daniel, verified buyer</p>
        </div>
      )}
    </div>
  );
}
