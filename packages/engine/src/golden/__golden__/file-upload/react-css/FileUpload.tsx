import './FileUpload.css';

interface UploadFileItem {
  id: string;
  name: string;
  size: string;
  progress: number;
  done: boolean;
  removeLabel: string;
}

const uploadFileItems: UploadFileItem[] = [
  { id: 'file1', name: 'brand-guidelines.pdf', size: '2.4 MB', progress: 100, done: true, removeLabel: 'Remove brand-guidelines.pdf' },
  { id: 'file2', name: 'homepage-hero.png', size: '1.1 MB', progress: 64, done: false, removeLabel: 'Remove homepage-hero.png' },
];

/** File upload with progress */
export interface FileUploadProps {
  /** @default false */
  disabled?: boolean;
  onFilesSelected?: () => void;
  onRemove?: (payload: string) => void;
  onCancel?: () => void;
  onSubmit?: () => void;
}

/** File upload with progress */
export function FileUpload({ disabled = false, onFilesSelected, onRemove, onCancel, onSubmit }: FileUploadProps) {

  function handleUploadInputChange() {
    onFilesSelected?.();
  }

  function handleUploadRemoveClick(item: UploadFileItem) {
    onRemove?.(item.id);
  }

  function handleUploadCancelClick() {
    onCancel?.();
  }

  function handleUploadSubmitClick() {
    onSubmit?.();
  }

  return (
    <section className="file-upload__upload" aria-labelledby="upload-title">
      <header className="file-upload__upload-header">
        <h2 className="file-upload__upload-title" id="upload-title">Upload files</h2>
        <p className="file-upload__upload-subtitle">Attach design files or screenshots to this project.</p>
      </header>
      <label className="file-upload__upload-dropzone" htmlFor="upload-input">
        <span className="file-upload__upload-icon" aria-hidden="true">
          <svg
            className="file-upload__svg-1"
            viewBox="0 0 24 24"
            fill="none"
            stroke="currentColor"
            strokeWidth="2"
            strokeLinecap="round"
            strokeLinejoin="round"
            focusable="false"
            width="22"
            height="22"
            aria-hidden="true"
          >
            <path className="file-upload__path-1" d="M12 16V4M7 9l5-5 5 5M4 20h16" />
          </svg>
        </span>
        <span className="file-upload__upload-cta">Choose files</span>
        <span className="file-upload__upload-detail">or drag and drop them here</span>
        <span className="file-upload__upload-hint" id="upload-hint">SVG, PNG, JPG or PDF · up to 10 MB each</span>
        <input
          className="file-upload__upload-input"
          id="upload-input"
          type="file"
          name="files"
          multiple
          accept=".svg,.png,.jpg,.jpeg,.pdf"
          aria-describedby="upload-hint"
          onChange={handleUploadInputChange}
        />
      </label>
      <ul className="file-upload__upload-files">
        {uploadFileItems.map((item) => (
          <li key={item.id} className="file-upload__upload-file">
            <span className="file-upload__upload-file-icon" aria-hidden="true">
              <svg
                className="file-upload__svg-2"
                viewBox="0 0 24 24"
                fill="none"
                stroke="currentColor"
                strokeWidth="2"
                strokeLinecap="round"
                strokeLinejoin="round"
                focusable="false"
                width="18"
                height="18"
                aria-hidden="true"
              >
                <path className="file-upload__path-2" d="M14 3H6v18h12V7zM14 3v4h4" />
              </svg>
            </span>
            <div className="file-upload__upload-file-body">
              <div className="file-upload__upload-file-top">
                <span className="file-upload__upload-file-name">{item.name}</span>
                <span className="file-upload__upload-file-size">{item.size}</span>
              </div>
              {item.done ? (
                <span className="file-upload__upload-file-done"><span className="file-upload__upload-file-check"><svg className="file-upload__svg-3" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" width="14" height="14" aria-hidden="true"><circle className="file-upload__circle-1" cx="12" cy="12" r="9" /><path className="file-upload__path-3" d="m8 12 3 3 5-6" /></svg></span>Uploaded</span>
              ) : (
                <progress
                  className="file-upload__upload-file-progress"
                  max="100"
                  value={item.progress}
                  aria-label={item.name}
                />
              )}
            </div>
            <button
              className="file-upload__upload-remove"
              type="button"
              aria-label={item.removeLabel}
              onClick={() => handleUploadRemoveClick(item)}
            >
              <svg
                className="file-upload__svg-4"
                viewBox="0 0 24 24"
                fill="none"
                stroke="currentColor"
                strokeWidth="2"
                strokeLinecap="round"
                strokeLinejoin="round"
                focusable="false"
                width="16"
                height="16"
                aria-hidden="true"
              >
                <path
                  className="file-upload__path-4"
                  d="M4 7h16M10 11v6M14 11v6M6 7l1 13h10l1-13M9 7V4h6v3"
                />
              </svg>
            </button>
          </li>
        ))}
      </ul>
      <div className="file-upload__upload-actions">
        <button
          className="file-upload__upload-cancel"
          type="button"
          onClick={handleUploadCancelClick}
        >Cancel</button>
        <button
          className="file-upload__upload-submit"
          type="button"
          disabled={disabled}
          onClick={handleUploadSubmitClick}
        >Attach files</button>
      </div>
    </section>
  );
}
