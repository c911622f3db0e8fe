import { useState } from 'react';
import './Tooltip.css';

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
    <span className="tooltip__tooltip">
      <button
        className="tooltip__tooltip-trigger"
        type="button"
        aria-describedby="tooltip-content"
        onMouseEnter={handleTooltipTriggerMouseenter}
        onFocus={handleTooltipTriggerFocus}
        onMouseLeave={handleTooltipTriggerMouseleave}
        onBlur={handleTooltipTriggerBlur}
        onKeyDown={handleTooltipTriggerKeydown}
      ><svg className="tooltip__svg-1" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" width="18" height="18" aria-hidden="true"><circle className="tooltip__circle-1" cx="18" cy="5" r="2.5" /><circle className="tooltip__circle-2" cx="6" cy="12" r="2.5" /><circle className="tooltip__circle-3" cx="18" cy="19" r="2.5" /><path className="tooltip__path-1" d="m8.2 10.8 7.6-4.4M8.2 13.2l7.6 4.4" /></svg>Share</button>
      {open && (
        <span className="tooltip__tooltip-content" id="tooltip-content">Copy a public link to this component</span>
      )}
    </span>
  );
}
