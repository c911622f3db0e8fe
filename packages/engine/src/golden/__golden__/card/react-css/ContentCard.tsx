import './ContentCard.css';

/** Content card with media, text and actions */
export interface ContentCardProps {
  /** @default 'Designing with tokens from day one' */
  title?: string;
  /** @default 'How a shared set of colour, spacing and type tokens keeps every screen consistent — and makes rebrands a one-line change.' */
  body?: string;
  /** @default 'Read article' */
  cta?: string;
  /** Show the image instead of the illustration @default false */
  showImage?: boolean;
  /** @default 'images/article-cover.jpg' */
  imageSrc?: string;
  /** @default 'Colour swatches and spacing scale of a design system' */
  imageAlt?: string;
  onSave?: () => void;
}

/** Content card with media, text and actions */
export function ContentCard({ title = 'Designing with tokens from day one', body = 'How a shared set of colour, spacing and type tokens keeps every screen consistent — and makes rebrands a one-line change.', cta = 'Read article', showImage = false, imageSrc = 'images/article-cover.jpg', imageAlt = 'Colour swatches and spacing scale of a design system', onSave }: ContentCardProps) {

  function handleCardSaveClick() {
    onSave?.();
  }

  return (
    <article className="content-card__card" aria-labelledby="card-title">
      <div className="content-card__card-media">
        {showImage ? (
          <img className="content-card__card-image" src={imageSrc} alt={imageAlt} loading="lazy" />
        ) : (
          <svg
            className="content-card__svg-1"
            viewBox="0 0 24 24"
            fill="none"
            stroke="currentColor"
            strokeWidth="2"
            strokeLinecap="round"
            strokeLinejoin="round"
            focusable="false"
            width="56"
            height="56"
            aria-hidden="true"
          >
            <path className="content-card__path-1" d="M12 3 2 8l10 5 10-5zM2 13l10 5 10-5" />
          </svg>
        )}
      </div>
      <div className="content-card__card-body">
        <div className="content-card__card-meta">
          <span className="content-card__card-category">Guide</span>
          <span className="content-card__card-reading-time">6 min read</span>
        </div>
        <h3 className="content-card__card-title" id="card-title">{title}</h3>
        <p className="content-card__card-text">{body}</p>
      </div>
      <footer className="content-card__card-footer">
        <div className="content-card__card-author">
          <span className="content-card__card-avatar" aria-hidden="true">LR</span>
          <div className="content-card__card-author-text">
            <span className="content-card__card-author-name">Lucía Romero</span>
            <span className="content-card__card-date">Mar 12</span>
          </div>
        </div>
        <div className="content-card__card-actions">
          <button
            className="content-card__card-save"
            type="button"
            aria-label="Save for later"
            onClick={handleCardSaveClick}
          >
            <svg
              className="content-card__svg-2"
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
              <path
                className="content-card__path-2"
                d="M12 20s-7-4.5-7-10a4 4 0 0 1 7-2.6A4 4 0 0 1 19 10c0 5.5-7 10-7 10z"
              />
            </svg>
          </button>
          <a className="content-card__card-cta" href="#article">{cta}<svg className="content-card__svg-3" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" width="16" height="16" aria-hidden="true"><path className="content-card__path-3" d="M5 12h14M13 6l6 6-6 6" /></svg></a>
        </div>
      </footer>
    </article>
  );
}
