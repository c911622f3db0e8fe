import { useState } from 'react';

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
    <div className="text-text bg-surface border-border p-md gap-md rounded-lg border-(length:--border-width) shadow-sm font-base flex flex-col border-solid box-border">
      <div
        className="border-border gap-xs border-0 flex items-center overflow-x-auto border-solid border-b-(length:--border-width)"
        role="tablist"
        aria-label="Product details"
      >
        <button
          className="text-text bg-transparent py-sm px-md rounded-md border-0 font-base text-sm/[inherit] font-semibold duration-(--duration-fast) relative whitespace-nowrap cursor-pointer transition-[background-color,border-color,color,box-shadow,transform,opacity] ease-[ease-out] hover:bg-surface-muted focus-visible:outline-focus focus-visible:outline-(length:--border-width) focus-visible:outline-offset-(--spacing-xs) focus-visible:outline-solid active:transform-[translateY(1px)] disabled:shadow-none disabled:opacity-55 disabled:cursor-not-allowed disabled:transform-none aria-disabled:shadow-none aria-disabled:opacity-55 aria-disabled:cursor-not-allowed aria-disabled:transform-none"
          type="button"
          id="tab-1"
          role="tab"
          aria-selected={tab1}
          aria-controls="tab-panel-1"
          onClick={handleTab1Click}
        >Overview{tab1 && <span className="bg-primary rounded-full absolute right-sm bottom-0 left-sm h-xs" aria-hidden="true" />}</button>
        <button
          className="text-text bg-transparent py-sm px-md rounded-md border-0 font-base text-sm/[inherit] font-semibold duration-(--duration-fast) relative whitespace-nowrap cursor-pointer transition-[background-color,border-color,color,box-shadow,transform,opacity] ease-[ease-out] hover:bg-surface-muted focus-visible:outline-focus focus-visible:outline-(length:--border-width) focus-visible:outline-offset-(--spacing-xs) focus-visible:outline-solid active:transform-[translateY(1px)] disabled:shadow-none disabled:opacity-55 disabled:cursor-not-allowed disabled:transform-none aria-disabled:shadow-none aria-disabled:opacity-55 aria-disabled:cursor-not-allowed aria-disabled:transform-none"
          type="button"
          id="tab-2"
          role="tab"
          aria-selected={tab2}
          aria-controls="tab-panel-2"
          onClick={handleTab2Click}
        >Specifications{tab2 && <span className="bg-primary rounded-full absolute right-sm bottom-0 left-sm h-xs" aria-hidden="true" />}</button>
        <button
          className="text-text bg-transparent py-sm px-md rounded-md border-0 font-base text-sm/[inherit] font-semibold duration-(--duration-fast) relative whitespace-nowrap cursor-pointer transition-[background-color,border-color,color,box-shadow,transform,opacity] ease-[ease-out] hover:bg-surface-muted focus-visible:outline-focus focus-visible:outline-(length:--border-width) focus-visible:outline-offset-(--spacing-xs) focus-visible:outline-solid active:transform-[translateY(1px)] disabled:shadow-none disabled:opacity-55 disabled:cursor-not-allowed disabled:transform-none aria-disabled:shadow-none aria-disabled:opacity-55 aria-disabled:cursor-not-allowed aria-disabled:transform-none"
          type="button"
          id="tab-3"
          role="tab"
          aria-selected={tab3}
          aria-controls="tab-panel-3"
          onClick={handleTab3Click}
        >Reviews{tab3 && <span className="bg-primary rounded-full absolute right-sm bottom-0 left-sm h-xs" aria-hidden="true" />}</button>
      </div>
      {tab1 && (
        <div
          className="p-sm gap-sm rounded-md flex flex-col focus-visible:outline-focus focus-visible:outline-(length:--border-width) focus-visible:outline-solid"
          id="tab-panel-1"
          tabIndex={0}
          role="tabpanel"
          aria-labelledby="tab-1"
        >
          <h3 className="text-text m-0 font-heading text-lg font-bold leading-tight">Built for everyday carry</h3>
          <p className="text-text-muted m-0 font-base text-md leading-normal">A lightweight shell, recycled fabrics and a lifetime warranty make this the last backpack you will need.</p>
        </div>
      )}
      {tab2 && (
        <div
          className="p-sm gap-sm rounded-md flex flex-col focus-visible:outline-focus focus-visible:outline-(length:--border-width) focus-visible:outline-solid"
          id="tab-panel-2"
          tabIndex={0}
          role="tabpanel"
          aria-labelledby="tab-2"
        >
          <h3 className="text-text m-0 font-heading text-lg font-bold leading-tight">Specifications</h3>
          <p className="text-text-muted m-0 font-base text-md leading-normal">Capacity 22 L · Weight 850 g · Padded sleeve for laptops up to 16 inches · Water-resistant zips.</p>
        </div>
      )}
      {tab3 && (
        <div
          className="p-sm gap-sm rounded-md flex flex-col focus-visible:outline-focus focus-visible:outline-(length:--border-width) focus-visible:outline-solid"
          id="tab-panel-3"
          tabIndex={0}
          role="tabpanel"
          aria-labelledby="tab-3"
        >
          <h3 className="text-text m-0 font-heading text-lg font-bold leading-tight">Rated 4.8 by 1,204 customers</h3>
          <p className="text-text-muted m-0 font-base text-md leading-normal">“Comfortable on long commutes, and the laptop sleeve fits perfectly.” — Daniel, verified buyer</p>
        </div>
      )}
    </div>
  );
}
