import { useState, type ChangeEvent, type FormEvent } from 'react';

interface SearchSuggestionItem {
  id: string;
  label: string;
}

const searchSuggestionItems: SearchSuggestionItem[] = [
  { id: 's1', label: 'Pricing table' },
  { id: 's2', label: 'Login form' },
  { id: 's3', label: 'Navbar' },
  { id: 's4', label: 'Dark mode' },
];

/** Search bar with suggestions */
export interface SearchBarProps {
  onSearch?: (payload: string) => void;
}

/** Search bar with suggestions */
export function SearchBar({ onSearch }: SearchBarProps) {
  const [query, setQuery] = useState('');

  function handleSearchSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onSearch?.(query);
  }

  function handleSearchInputInput(event: ChangeEvent<HTMLInputElement>) {
    setQuery(event.currentTarget.value);
  }

  function handleSearchClearClick() {
    setQuery('');
  }

  function handleSearchSuggestionButtonClick(item: SearchSuggestionItem) {
    setQuery(item.label);
  }

  return (
    <form
      className="gap-sm font-base flex flex-col w-full max-w-[40rem]"
      role="search"
      aria-label="Search"
      onSubmit={handleSearchSubmit}
    >
      <div className="gap-sm flex items-center">
        <div className="text-text-muted relative grow"><span className="inline-flex absolute top-[50%] left-sm translate-y-[-50%] pointer-events-none" aria-hidden="true"><svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" width="18" height="18" aria-hidden="true"><circle cx="11" cy="11" r="7" /><path d="m20 20-4-4" /></svg></span><input className="text-text bg-surface border-border py-sm px-md pr-xl pl-xl rounded-md border-(length:--border-width) shadow-sm font-base text-md leading-normal duration-(--duration-fast) w-full border-solid transition-[background-color,border-color,color,box-shadow,transform,opacity] ease-[ease-out] box-border hover:border-text-muted focus-visible:border-focus focus-visible:outline-focus focus-visible:outline-(length:--border-width) focus-visible:outline-offset-[0] focus-visible:outline-solid active:border-focus disabled:bg-surface-muted disabled:opacity-70 disabled:cursor-not-allowed aria-disabled:bg-surface-muted aria-disabled:opacity-70 aria-disabled:cursor-not-allowed" id="search-input" type="search" name="q" placeholder="Search components, tokens and docs…" autoComplete="off" value={query} aria-label="Search" onChange={handleSearchInputInput} />{query ? <button className="text-text-muted bg-transparent border-transparent p-xs rounded-md border-(length:--border-width) font-[family-name:inherit] duration-(--duration-fast) inline-flex absolute top-[50%] right-xs items-center justify-center border-solid cursor-pointer transition-[background-color,border-color,color,box-shadow,transform,opacity] ease-[ease-out] transform-[translateY(-50%)] hover:text-text hover:bg-surface-muted focus-visible:outline-focus focus-visible:outline-(length:--border-width) focus-visible:outline-offset-(--spacing-xs) focus-visible:outline-solid active:transform-[translateY(1px)] disabled:shadow-none disabled:opacity-55 disabled:cursor-not-allowed disabled:transform-none aria-disabled:shadow-none aria-disabled:opacity-55 aria-disabled:cursor-not-allowed aria-disabled:transform-none" type="button" aria-label="Clear search" aria-controls="search-input" onClick={handleSearchClearClick}><svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" width="16" height="16" aria-hidden="true"><path d="M18 6 6 18M6 6l12 12" /></svg></button> : <span className="text-text bg-surface-muted py-xs px-sm gap-xs rounded-full font-mono text-xs font-semibold leading-tight inline-flex absolute top-[50%] right-sm items-center whitespace-nowrap translate-y-[-50%]" aria-hidden="true">⌘K</span>}</div>
        <button
          className="text-on-primary bg-primary border-transparent py-sm px-md gap-xs rounded-md border-(length:--border-width) shadow-none font-base text-md font-semibold leading-tight duration-(--duration-fast) inline-flex items-center justify-center no-underline whitespace-nowrap border-solid cursor-pointer transition-[background-color,border-color,color,box-shadow,transform,opacity] ease-[ease-out] select-none hover:bg-primary-hover focus-visible:outline-focus focus-visible:outline-(length:--border-width) focus-visible:outline-offset-(--spacing-xs) focus-visible:outline-solid active:transform-[translateY(1px)] disabled:shadow-none disabled:opacity-55 disabled:cursor-not-allowed disabled:transform-none aria-disabled:shadow-none aria-disabled:opacity-55 aria-disabled:cursor-not-allowed aria-disabled:transform-none"
          type="submit"
          aria-label="Search"
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
            <circle cx="11" cy="11" r="7" />
            <path d="m20 20-4-4" />
          </svg>
          <span className="hidden sm:inline">Search</span>
        </button>
      </div>
      {!query && (
        <div className="text-text-muted m-0 gap-sm font-base text-sm leading-normal flex flex-wrap items-center">Popular:<ul className="p-0 m-0 gap-xs flex flex-wrap items-center list-none">{searchSuggestionItems.map((item) => <li key={item.id}><button className="text-text bg-surface-muted py-xs px-sm gap-xs rounded-full border-0 font-[family-name:inherit] text-xs font-semibold leading-tight duration-(--duration-fast) inline-flex items-center whitespace-nowrap cursor-pointer transition-[background-color,border-color,color,box-shadow,transform,opacity] ease-[ease-out] hover:bg-surface focus-visible:outline-focus focus-visible:outline-(length:--border-width) focus-visible:outline-offset-(--spacing-xs) focus-visible:outline-solid active:transform-[translateY(1px)] disabled:shadow-none disabled:opacity-55 disabled:cursor-not-allowed disabled:transform-none aria-disabled:shadow-none aria-disabled:opacity-55 aria-disabled:cursor-not-allowed aria-disabled:transform-none" type="button" onClick={() => handleSearchSuggestionButtonClick(item)}>{item.label}</button></li>)}</ul></div>
      )}
    </form>
  );
}
