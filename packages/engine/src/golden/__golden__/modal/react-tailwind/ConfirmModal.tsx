import { useState } from 'react';

/** Confirmation modal dialog */
export interface ConfirmModalProps {
  /** @default 'Delete this project?' */
  title?: string;
  /** @default '“Marketing site” and its 24 components will be permanently deleted. This can’t be undone.' */
  body?: string;
  /** @default 'Delete project' */
  confirmLabel?: string;
  onCancel?: () => void;
  onConfirm?: () => void;
}

/** Confirmation modal dialog */
export function ConfirmModal({ title = 'Delete this project?', body = '“Marketing site” and its 24 components will be permanently deleted. This can’t be undone.', confirmLabel = 'Delete project', onCancel, onConfirm }: ConfirmModalProps) {
  const [open, setOpen] = useState(true);

  function handleModalTriggerClick() {
    setOpen(true);
  }

  function handleModalCloseClick() {
    setOpen(false);
    onCancel?.();
  }

  function handleModalConfirmClick() {
    onConfirm?.();
    setOpen(false);
  }

  function handleModalCancelClick() {
    setOpen(false);
    onCancel?.();
  }

  return (
    <div className="font-base"><button className="text-danger bg-transparent border-danger py-sm px-md gap-xs rounded-md border-(length:--border-width) font-base text-md font-semibold leading-tight duration-(--duration-fast) inline-flex items-center justify-center no-underline whitespace-nowrap border-solid cursor-pointer transition-[background-color,border-color,color,box-shadow,transform,opacity] ease-[ease-out] select-none hover:text-on-danger hover:bg-danger focus-visible:outline-focus focus-visible:outline-(length:--border-width) focus-visible:outline-offset-(--spacing-xs) focus-visible:outline-solid active:transform-[translateY(1px)] disabled:shadow-none disabled:opacity-55 disabled:cursor-not-allowed disabled:transform-none aria-disabled:shadow-none aria-disabled:opacity-55 aria-disabled:cursor-not-allowed aria-disabled:transform-none" type="button" aria-haspopup="dialog" onClick={handleModalTriggerClick}><svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" width="18" height="18" aria-hidden="true"><path d="M4 7h16M10 11v6M14 11v6M6 7l1 13h10l1-13M9 7V4h6v3" /></svg>Delete project</button>{open && <div className="p-md flex fixed inset-0 z-50 items-end justify-center sm:items-center"><div className="bg-text absolute inset-0 opacity-60" aria-hidden="true" /><div className="text-text bg-surface border-border p-lg gap-md rounded-lg border-(length:--border-width) shadow-lg flex relative flex-col w-full max-w-[28rem] border-solid box-border sm:p-xl" role="alertdialog" aria-labelledby="modal-title" aria-describedby="modal-description" aria-modal="true"><div className="gap-md flex items-start justify-between"><span className="text-on-danger bg-danger p-xs rounded-md inline-flex shrink-0 items-center justify-center w-xl h-xl box-content" aria-hidden="true"><svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" width="20" height="20" aria-hidden="true"><path d="M12 3 2 20h20zM12 10v4M12 17h.01" /></svg></span><button className="text-text-muted bg-transparent border-transparent p-xs rounded-md border-(length:--border-width) font-[family-name:inherit] duration-(--duration-fast) inline-flex items-center justify-center border-solid cursor-pointer transition-[background-color,border-color,color,box-shadow,transform,opacity] ease-[ease-out] hover:text-text hover:bg-surface-muted focus-visible:outline-focus focus-visible:outline-(length:--border-width) focus-visible:outline-offset-(--spacing-xs) focus-visible:outline-solid active:transform-[translateY(1px)] disabled:shadow-none disabled:opacity-55 disabled:cursor-not-allowed disabled:transform-none aria-disabled:shadow-none aria-disabled:opacity-55 aria-disabled:cursor-not-allowed aria-disabled:transform-none" type="button" aria-label="Close dialog" onClick={handleModalCloseClick}><svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" width="18" height="18" aria-hidden="true"><path d="M18 6 6 18M6 6l12 12" /></svg></button></div><h2 className="text-text m-0 font-heading text-xl font-bold leading-tight" id="modal-title">{title}</h2><p className="text-text-muted m-0 font-base text-md leading-normal" id="modal-description">{body}</p><div className="mt-sm gap-sm flex flex-col sm:flex-row-reverse sm:justify-start"><button className="text-on-danger bg-danger border-transparent py-sm px-md gap-xs rounded-md border-(length:--border-width) shadow-none font-base text-md font-semibold leading-tight duration-(--duration-fast) inline-flex items-center justify-center no-underline whitespace-nowrap border-solid cursor-pointer transition-[background-color,border-color,color,box-shadow,transform,opacity] ease-[ease-out] select-none hover:bg-danger hover:shadow-md focus-visible:outline-focus focus-visible:outline-(length:--border-width) focus-visible:outline-offset-(--spacing-xs) focus-visible:outline-solid active:transform-[translateY(1px)] disabled:shadow-none disabled:opacity-55 disabled:cursor-not-allowed disabled:transform-none aria-disabled:shadow-none aria-disabled:opacity-55 aria-disabled:cursor-not-allowed aria-disabled:transform-none" type="button" onClick={handleModalConfirmClick}>{confirmLabel}</button><button className="text-text bg-surface-muted border-transparent py-sm px-md gap-xs rounded-md border-(length:--border-width) font-base text-md font-semibold leading-tight duration-(--duration-fast) inline-flex items-center justify-center no-underline whitespace-nowrap border-solid cursor-pointer transition-[background-color,border-color,color,box-shadow,transform,opacity] ease-[ease-out] select-none hover:bg-surface hover:border-border hover:shadow-sm focus-visible:outline-focus focus-visible:outline-(length:--border-width) focus-visible:outline-offset-(--spacing-xs) focus-visible:outline-solid active:transform-[translateY(1px)] disabled:shadow-none disabled:opacity-55 disabled:cursor-not-allowed disabled:transform-none aria-disabled:shadow-none aria-disabled:opacity-55 aria-disabled:cursor-not-allowed aria-disabled:transform-none" type="button" onClick={handleModalCancelClick}>Cancel</button></div></div></div>}</div>
  );
}
