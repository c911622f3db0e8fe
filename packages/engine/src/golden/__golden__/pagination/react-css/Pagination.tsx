import { useState } from 'react';
import './Pagination.css';

/** Pagination over 5 pages */
export interface PaginationProps {
  onChange?: (payload: number) => void;
}

/** Pagination over 5 pages */
export function Pagination({ onChange }: PaginationProps) {
  const [page, setPage] = useState(1);

  function handlePaginationPrev2Click() {
    const nextPage = 1;
    setPage(nextPage);
    onChange?.(nextPage);
  }

  function handlePaginationPrev3Click() {
    const nextPage = 2;
    setPage(nextPage);
    onChange?.(nextPage);
  }

  function handlePaginationPrev4Click() {
    const nextPage = 3;
    setPage(nextPage);
    onChange?.(nextPage);
  }

  function handlePaginationPrev5Click() {
    const nextPage = 4;
    setPage(nextPage);
    onChange?.(nextPage);
  }

  function handlePaginationPage1Click() {
    const nextPage = 1;
    setPage(nextPage);
    onChange?.(nextPage);
  }

  function handlePaginationPage2Click() {
    const nextPage = 2;
    setPage(nextPage);
    onChange?.(nextPage);
  }

  function handlePaginationPage3Click() {
    const nextPage = 3;
    setPage(nextPage);
    onChange?.(nextPage);
  }

  function handlePaginationPage4Click() {
    const nextPage = 4;
    setPage(nextPage);
    onChange?.(nextPage);
  }

  function handlePaginationPage5Click() {
    const nextPage = 5;
    setPage(nextPage);
    onChange?.(nextPage);
  }

  function handlePaginationNext1Click() {
    const nextPage = 2;
    setPage(nextPage);
    onChange?.(nextPage);
  }

  function handlePaginationNext2Click() {
    const nextPage = 3;
    setPage(nextPage);
    onChange?.(nextPage);
  }

  function handlePaginationNext3Click() {
    const nextPage = 4;
    setPage(nextPage);
    onChange?.(nextPage);
  }

  function handlePaginationNext4Click() {
    const nextPage = 5;
    setPage(nextPage);
    onChange?.(nextPage);
  }

  return (
    <nav className="pagination__pagination" aria-label="Pagination">
      <p className="pagination__pagination-summary" aria-live="polite">Page {page} of 5</p>
      <ul className="pagination__pagination-list">
        <li className="pagination__pagination-prev-item">{page === 1 && <button className="pagination__pagination-prev-1" type="button" disabled aria-label="Previous page"><svg className="pagination__svg-1" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" width="16" height="16" aria-hidden="true"><path className="pagination__path-1" d="m15 18-6-6 6-6" /></svg><span className="pagination__pagination-prev-1-text">Previous</span></button>}{page === 2 && <button className="pagination__pagination-prev-2" type="button" aria-label="Previous page" onClick={handlePaginationPrev2Click}><svg className="pagination__svg-2" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" width="16" height="16" aria-hidden="true"><path className="pagination__path-2" d="m15 18-6-6 6-6" /></svg><span className="pagination__pagination-prev-2-text">Previous</span></button>}{page === 3 && <button className="pagination__pagination-prev-3" type="button" aria-label="Previous page" onClick={handlePaginationPrev3Click}><svg className="pagination__svg-3" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" width="16" height="16" aria-hidden="true"><path className="pagination__path-3" d="m15 18-6-6 6-6" /></svg><span className="pagination__pagination-prev-3-text">Previous</span></button>}{page === 4 && <button className="pagination__pagination-prev-4" type="button" aria-label="Previous page" onClick={handlePaginationPrev4Click}><svg className="pagination__svg-4" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" width="16" height="16" aria-hidden="true"><path className="pagination__path-4" d="m15 18-6-6 6-6" /></svg><span className="pagination__pagination-prev-4-text">Previous</span></button>}{page === 5 && <button className="pagination__pagination-prev-5" type="button" aria-label="Previous page" onClick={handlePaginationPrev5Click}><svg className="pagination__svg-5" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" width="16" height="16" aria-hidden="true"><path className="pagination__path-5" d="m15 18-6-6 6-6" /></svg><span className="pagination__pagination-prev-5-text">Previous</span></button>}</li>
        <li className="pagination__pagination-item-1">{page === 1 ? <button className="pagination__pagination-page-1-current" type="button" aria-label="Page 1" aria-current="page">1</button> : <button className="pagination__pagination-page-1" type="button" aria-label="Page 1" onClick={handlePaginationPage1Click}>1</button>}</li>
        <li className="pagination__pagination-item-2">{page === 2 ? <button className="pagination__pagination-page-2-current" type="button" aria-label="Page 2" aria-current="page">2</button> : <button className="pagination__pagination-page-2" type="button" aria-label="Page 2" onClick={handlePaginationPage2Click}>2</button>}</li>
        <li className="pagination__pagination-item-3">{page === 3 ? <button className="pagination__pagination-page-3-current" type="button" aria-label="Page 3" aria-current="page">3</button> : <button className="pagination__pagination-page-3" type="button" aria-label="Page 3" onClick={handlePaginationPage3Click}>3</button>}</li>
        <li className="pagination__pagination-item-4">{page === 4 ? <button className="pagination__pagination-page-4-current" type="button" aria-label="Page 4" aria-current="page">4</button> : <button className="pagination__pagination-page-4" type="button" aria-label="Page 4" onClick={handlePaginationPage4Click}>4</button>}</li>
        <li className="pagination__pagination-item-5">{page === 5 ? <button className="pagination__pagination-page-5-current" type="button" aria-label="Page 5" aria-current="page">5</button> : <button className="pagination__pagination-page-5" type="button" aria-label="Page 5" onClick={handlePaginationPage5Click}>5</button>}</li>
        <li className="pagination__pagination-next-item">{page === 1 && <button className="pagination__pagination-next-1" type="button" aria-label="Next page" onClick={handlePaginationNext1Click}><span className="pagination__pagination-next-1-text">Next</span><svg className="pagination__svg-6" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" width="16" height="16" aria-hidden="true"><path className="pagination__path-6" d="m9 18 6-6-6-6" /></svg></button>}{page === 2 && <button className="pagination__pagination-next-2" type="button" aria-label="Next page" onClick={handlePaginationNext2Click}><span className="pagination__pagination-next-2-text">Next</span><svg className="pagination__svg-7" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" width="16" height="16" aria-hidden="true"><path className="pagination__path-7" d="m9 18 6-6-6-6" /></svg></button>}{page === 3 && <button className="pagination__pagination-next-3" type="button" aria-label="Next page" onClick={handlePaginationNext3Click}><span className="pagination__pagination-next-3-text">Next</span><svg className="pagination__svg-8" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" width="16" height="16" aria-hidden="true"><path className="pagination__path-8" d="m9 18 6-6-6-6" /></svg></button>}{page === 4 && <button className="pagination__pagination-next-4" type="button" aria-label="Next page" onClick={handlePaginationNext4Click}><span className="pagination__pagination-next-4-text">Next</span><svg className="pagination__svg-9" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" width="16" height="16" aria-hidden="true"><path className="pagination__path-9" d="m9 18 6-6-6-6" /></svg></button>}{page === 5 && <button className="pagination__pagination-next-5" type="button" disabled aria-label="Next page"><span className="pagination__pagination-next-5-text">Next</span><svg className="pagination__svg-10" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" width="16" height="16" aria-hidden="true"><path className="pagination__path-10" d="m9 18 6-6-6-6" /></svg></button>}</li>
      </ul>
    </nav>
  );
}
