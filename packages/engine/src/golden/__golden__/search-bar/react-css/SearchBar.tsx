import { useState, type ChangeEvent, type FormEvent } from 'react';
import './SearchBar.css';

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
      className="search-bar__search"
      role="search"
      aria-label="Search"
      onSubmit={handleSearchSubmit}
    >
      <div className="search-bar__search-row">
        <div className="search-bar__search-field"><span className="search-bar__search-icon" aria-hidden="true"><svg className="search-bar__svg-1" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" width="18" height="18" aria-hidden="true"><circle className="search-bar__circle-1" cx="11" cy="11" r="7" /><path className="search-bar__path-1" d="m20 20-4-4" /></svg></span><input className="search-bar__search-input" id="search-input" type="search" name="q" placeholder="Search components, tokens and docs…" autoComplete="off" value={query} aria-label="Search" onChange={handleSearchInputInput} />{query ? <button className="search-bar__search-clear" type="button" aria-label="Clear search" aria-controls="search-input" onClick={handleSearchClearClick}><svg className="search-bar__svg-2" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" width="16" height="16" aria-hidden="true"><path className="search-bar__path-2" d="M18 6 6 18M6 6l12 12" /></svg></button> : <span className="search-bar__search-shortcut" aria-hidden="true">⌘K</span>}</div>
        <button className="search-bar__search-submit" type="submit" aria-label="Search">
          <svg
            className="search-bar__svg-3"
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
            <circle className="search-bar__circle-2" cx="11" cy="11" r="7" />
            <path className="search-bar__path-3" d="m20 20-4-4" />
          </svg>
          <span className="search-bar__search-submit-text">Search</span>
        </button>
      </div>
      {!query && (
        <div className="search-bar__search-popular">Popular:<ul className="search-bar__search-suggestions">{searchSuggestionItems.map((item) => <li key={item.id} className="search-bar__search-suggestion"><button className="search-bar__search-suggestion-button" type="button" onClick={() => handleSearchSuggestionButtonClick(item)}>{item.label}</button></li>)}</ul></div>
      )}
    </form>
  );
}
