import { useId, useState } from 'react';
import { useI18n } from '../i18n/i18n';
import { SearchIcon } from './icons';

export interface SearchBoxProps {
  /** The text the box starts with (remount with a `key` to reset it). */
  defaultValue?: string;
  /** Called with the trimmed text on submit ('' clears the search). */
  onSearch: (q: string) => void;
  size?: 'hero' | 'compact';
  label?: string;
  /** Show the label, or keep it for screen readers only. */
  showLabel?: boolean;
  hint?: string;
}

/**
 * The product search: a labelled search field and a button, in a `search` landmark. The API
 * matches with or without Vietnamese accents, so "seng cu" finds "Séng Cù".
 */
export function SearchBox({
  defaultValue = '',
  onSearch,
  size = 'compact',
  label,
  showLabel = false,
  hint,
}: SearchBoxProps) {
  const { t } = useI18n();
  const id = useId();
  const hintId = `${id}-hint`;
  const [value, setValue] = useState(defaultValue);
  return (
    <form
      role="search"
      className={`search-box search-box-${size}`}
      onSubmit={(event) => {
        event.preventDefault();
        onSearch(value.trim());
      }}
    >
      <label htmlFor={id} className={showLabel ? 'search-box-label' : 'visually-hidden'}>
        {label ?? t('catalogue.searchLabel')}
      </label>
      <div className="search-box-row">
        <SearchIcon className="search-box-icon" size={size === 'hero' ? 22 : 18} />
        <input
          id={id}
          type="search"
          name="q"
          value={value}
          onChange={(event) => setValue(event.target.value)}
          placeholder={t('catalogue.searchPlaceholder')}
          autoComplete="off"
          enterKeyHint="search"
          maxLength={200}
          aria-describedby={hint ? hintId : undefined}
        />
        <button type="submit" className="button">
          {t('catalogue.searchButton')}
        </button>
      </div>
      {hint && (
        <p id={hintId} className="search-box-hint">
          {hint}
        </p>
      )}
    </form>
  );
}
