
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
    <section
      className="text-text bg-surface border-border p-lg gap-lg rounded-lg border-(length:--border-width) shadow-sm font-base flex flex-col w-full max-w-[36rem] border-solid box-border"
      aria-labelledby="upload-title"
    >
      <header className="gap-xs flex flex-col">
        <h2
          className="text-text m-0 font-heading text-xl font-bold leading-tight"
          id="upload-title"
        >Upload files</h2>
        <p className="text-text-muted m-0 font-base text-sm leading-normal">Attach design files or screenshots to this project.</p>
      </header>
      <label
        className="bg-surface border-border p-xl gap-sm rounded-lg border-(length:--border-width) flex flex-col items-center text-center border-dashed cursor-pointer hover:border-primary active:border-primary"
        htmlFor="upload-input"
      >
        <span
          className="text-on-primary bg-primary p-xs rounded-md inline-flex shrink-0 items-center justify-center w-xl h-xl box-content"
          aria-hidden="true"
        >
          <svg
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
            <path d="M12 16V4M7 9l5-5 5 5M4 20h16" />
          </svg>
        </span>
        <span className="text-primary font-semibold">Choose files</span>
        <span className="text-text m-0 font-base text-sm leading-normal">or drag and drop them here</span>
        <span className="text-text-muted m-0 font-base text-xs leading-normal" id="upload-hint">SVG, PNG, JPG or PDF · up to 10 MB each</span>
        <input
          className="text-text-muted rounded-md font-base text-sm leading-normal max-w-full cursor-pointer hover:text-text focus-visible:outline-focus focus-visible:outline-(length:--border-width) focus-visible:outline-offset-(--spacing-xs) focus-visible:outline-solid active:text-text disabled:opacity-55 disabled:cursor-not-allowed aria-disabled:opacity-55 aria-disabled:cursor-not-allowed file:text-text file:bg-surface-muted file:border-border file:py-xs file:px-sm file:mr-sm file:rounded-md file:border-(length:--border-width) file:font-base file:text-sm file:font-medium file:leading-normal file:border-solid file:cursor-pointer"
          id="upload-input"
          type="file"
          name="files"
          multiple
          accept=".svg,.png,.jpg,.jpeg,.pdf"
          aria-describedby="upload-hint"
          onChange={handleUploadInputChange}
        />
      </label>
      <ul className="p-0 m-0 gap-sm flex flex-col list-none">
        {uploadFileItems.map((item) => (
          <li
            key={item.id}
            className="border-border p-sm gap-md rounded-md border-(length:--border-width) flex items-center border-solid"
          >
            <span
              className="text-primary bg-surface-muted p-xs rounded-md inline-flex shrink-0 items-center justify-center w-xl h-xl box-content"
              aria-hidden="true"
            >
              <svg
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
                <path d="M14 3H6v18h12V7zM14 3v4h4" />
              </svg>
            </span>
            <div className="gap-xs flex flex-col grow min-w-0">
              <div className="gap-sm flex items-center justify-between">
                <span className="text-text text-sm/[inherit] font-medium overflow-hidden whitespace-nowrap text-ellipsis">{item.name}</span>
                <span className="text-text-muted m-0 font-base text-xs leading-normal whitespace-nowrap">{item.size}</span>
              </div>
              {item.done ? (
                <span className="text-text m-0 gap-xs font-base text-xs leading-normal flex items-center"><span className="text-success inline-flex"><svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" width="14" height="14" aria-hidden="true"><circle cx="12" cy="12" r="9" /><path d="m8 12 3 3 5-6" /></svg></span>Uploaded</span>
              ) : (
                <progress
                  className="text-primary rounded-full w-full h-sm overflow-hidden"
                  max="100"
                  value={item.progress}
                  aria-label={item.name}
                />
              )}
            </div>
            <button
              className="text-text-muted bg-transparent border-transparent p-xs rounded-md border-(length:--border-width) font-[family-name:inherit] duration-(--duration-fast) inline-flex items-center justify-center border-solid cursor-pointer transition-[background-color,border-color,color,box-shadow,transform,opacity] ease-[ease-out] hover:text-text hover:bg-surface-muted focus-visible:outline-focus focus-visible:outline-(length:--border-width) focus-visible:outline-offset-(--spacing-xs) focus-visible:outline-solid active:transform-[translateY(1px)] disabled:shadow-none disabled:opacity-55 disabled:cursor-not-allowed disabled:transform-none aria-disabled:shadow-none aria-disabled:opacity-55 aria-disabled:cursor-not-allowed aria-disabled:transform-none"
              type="button"
              aria-label={item.removeLabel}
              onClick={() => handleUploadRemoveClick(item)}
            >
              <svg
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
                <path d="M4 7h16M10 11v6M14 11v6M6 7l1 13h10l1-13M9 7V4h6v3" />
              </svg>
            </button>
          </li>
        ))}
      </ul>
      <div className="gap-sm flex items-center justify-end">
        <button
          className="text-text bg-surface-muted border-transparent py-sm px-md gap-xs rounded-md border-(length:--border-width) font-base text-md font-semibold leading-tight duration-(--duration-fast) inline-flex items-center justify-center no-underline whitespace-nowrap border-solid cursor-pointer transition-[background-color,border-color,color,box-shadow,transform,opacity] ease-[ease-out] select-none hover:bg-surface hover:border-border hover:shadow-sm focus-visible:outline-focus focus-visible:outline-(length:--border-width) focus-visible:outline-offset-(--spacing-xs) focus-visible:outline-solid active:transform-[translateY(1px)] disabled:shadow-none disabled:opacity-55 disabled:cursor-not-allowed disabled:transform-none aria-disabled:shadow-none aria-disabled:opacity-55 aria-disabled:cursor-not-allowed aria-disabled:transform-none"
          type="button"
          onClick={handleUploadCancelClick}
        >Cancel</button>
        <button
          className="text-on-primary bg-primary border-transparent py-sm px-md gap-xs rounded-md border-(length:--border-width) shadow-none font-base text-md font-semibold leading-tight duration-(--duration-fast) inline-flex items-center justify-center no-underline whitespace-nowrap border-solid cursor-pointer transition-[background-color,border-color,color,box-shadow,transform,opacity] ease-[ease-out] select-none hover:bg-primary-hover focus-visible:outline-focus focus-visible:outline-(length:--border-width) focus-visible:outline-offset-(--spacing-xs) focus-visible:outline-solid active:transform-[translateY(1px)] disabled:shadow-none disabled:opacity-55 disabled:cursor-not-allowed disabled:transform-none aria-disabled:shadow-none aria-disabled:opacity-55 aria-disabled:cursor-not-allowed aria-disabled:transform-none"
          type="button"
          disabled={disabled}
          onClick={handleUploadSubmitClick}
        >Attach files</button>
      </div>
    </section>
  );
}
