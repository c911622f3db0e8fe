import { useState } from 'react';

/** Button with a tooltip */
export function Tooltip() {
  const [open, setOpen] = useState(true);

  function handleTooltipTriggerMouseenter() {
    setOpen(true);
  }

  function handleTooltipTriggerFocus() {
    setOpen(true);
  }

  function handleTooltipTriggerMouseleave() {
    setOpen(false);
  }

  function handleTooltipTriggerBlur() {
    setOpen(false);
  }

  function handleTooltipTriggerKeydown() {
    setOpen(false);
  }

  return (
    <span className="font-base inline-flex relative">
      <button
        className="text-text bg-surface-muted border-transparent py-sm px-md gap-xs rounded-md border-(length:--border-width) font-base text-md font-semibold leading-tight duration-(--duration-fast) inline-flex items-center justify-center no-underline whitespace-nowrap border-solid cursor-pointer transition-[background-color,border-color,color,box-shadow,transform,opacity] ease-[ease-out] select-none hover:bg-surface hover:border-border hover:shadow-sm focus-visible:outline-focus focus-visible:outline-(length:--border-width) focus-visible:outline-offset-(--spacing-xs) focus-visible:outline-solid active:transform-[translateY(1px)] disabled:shadow-none disabled:opacity-55 disabled:cursor-not-allowed disabled:transform-none aria-disabled:shadow-none aria-disabled:opacity-55 aria-disabled:cursor-not-allowed aria-disabled:transform-none"
        type="button"
        aria-describedby="tooltip-content"
        onMouseEnter={handleTooltipTriggerMouseenter}
        onFocus={handleTooltipTriggerFocus}
        onMouseLeave={handleTooltipTriggerMouseleave}
        onBlur={handleTooltipTriggerBlur}
        onKeyDown={handleTooltipTriggerKeydown}
      ><svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" width="18" height="18" aria-hidden="true"><circle cx="18" cy="5" r="2.5" /><circle cx="6" cy="12" r="2.5" /><circle cx="18" cy="19" r="2.5" /><path d="m8.2 10.8 7.6-4.4M8.2 13.2l7.6 4.4" /></svg>Share</button>
      {open && (
        <span
          className="text-surface bg-text py-xs px-sm m-0 gap-xs rounded-md shadow-lg font-base text-xs leading-normal flex absolute bottom-full left-[50%] z-50 items-center w-max max-w-[16rem] translate-x-[-50%] translate-y-[-0.5rem] pointer-events-none box-content"
          id="tooltip-content"
        >Copy a public link to this component</span>
      )}
    </span>
  );
}
