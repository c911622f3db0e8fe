import { useState } from 'react';
import './ConfirmModal.css';

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
    <div className="confirm-modal__modal"><button className="confirm-modal__modal-trigger" type="button" aria-haspopup="dialog" onClick={handleModalTriggerClick}><svg className="confirm-modal__svg-1" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" width="18" height="18" aria-hidden="true"><path className="confirm-modal__path-1" d="M4 7h16M10 11v6M14 11v6M6 7l1 13h10l1-13M9 7V4h6v3" /></svg>Delete project</button>{open && <div className="confirm-modal__modal-overlay"><div className="confirm-modal__modal-backdrop" aria-hidden="true" /><div className="confirm-modal__modal-dialog" role="alertdialog" aria-labelledby="modal-title" aria-describedby="modal-description" aria-modal="true"><div className="confirm-modal__modal-header"><span className="confirm-modal__modal-icon" aria-hidden="true"><svg className="confirm-modal__svg-2" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" width="20" height="20" aria-hidden="true"><path className="confirm-modal__path-2" d="M12 3 2 20h20zM12 10v4M12 17h.01" /></svg></span><button className="confirm-modal__modal-close" type="button" aria-label="Close dialog" onClick={handleModalCloseClick}><svg className="confirm-modal__svg-3" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" width="18" height="18" aria-hidden="true"><path className="confirm-modal__path-3" d="M18 6 6 18M6 6l12 12" /></svg></button></div><h2 className="confirm-modal__modal-title" id="modal-title">{title}</h2><p className="confirm-modal__modal-description" id="modal-description">{body}</p><div className="confirm-modal__modal-actions"><button className="confirm-modal__modal-confirm" type="button" onClick={handleModalConfirmClick}>{confirmLabel}</button><button className="confirm-modal__modal-cancel" type="button" onClick={handleModalCancelClick}>Cancel</button></div></div></div>}</div>
  );
}
