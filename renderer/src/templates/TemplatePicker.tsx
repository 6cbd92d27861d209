import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { SessionKind } from '../../../core/model/session';
import { defaultSettings } from '../../../core/model/settings';
import type { Template } from '../../../core/model/template';
import { matchScore, templateCatalog } from '../../../core/templates/catalog';
import { loadSettings } from '../db/settings';
import { listUserTemplates } from '../db/templates';
import { templateOutline } from './outline';
import './templates.css';

/** What the picker offers: a template, or a blank page (null). */
export type TemplateChoice = Template | null;

const blank = { name: 'Blank page', description: 'No template: start with an empty page.' };

interface Option {
  key: string;
  template: TemplateChoice;
  name: string;
  description: string;
  badges: string[];
  outline: string;
}

interface TemplatePickerProps {
  /** The kind of the session being made: templates for it come first. */
  kind?: SessionKind | undefined;
  /** The conference's default template, listed and chosen first. */
  defaultTemplateId?: string | undefined;
  /** Marks the template a session uses now. */
  currentTemplateId?: string | undefined;
  /** Called as the highlighted option moves (with the first one at the start). */
  onActiveChange?: (choice: TemplateChoice) => void;
  /** Enter in the filter, or a double click on an option; a single click only highlights. */
  onChoose: (choice: TemplateChoice) => void;
  autoFocus?: boolean;
}

/**
 * Type to filter, arrows to move, Enter to choose. The list is a listbox
 * whose active option follows the keyboard while focus stays in the filter.
 * The conference's default comes first; without one, the template made for
 * the session's kind (a talk's for a talk), then the blank page.
 */
export function TemplatePicker({ kind, defaultTemplateId, currentTemplateId, onActiveChange, onChoose, autoFocus }: TemplatePickerProps) {
  const userTemplates = useLiveQuery(listUserTemplates, []);
  const settings = useLiveQuery(loadSettings, []) ?? defaultSettings;
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const listId = useId();
  const listRef = useRef<HTMLUListElement>(null);

  const options = useMemo<Option[]>(() => {
    const entries = templateCatalog({
      userTemplates: userTemplates ?? [],
      hiddenTemplateIds: settings.hiddenTemplateIds,
      defaultTemplateId,
      kind,
      query,
    });
    const list: Option[] = entries.map((entry) => ({
      key: entry.template.id,
      template: entry.template,
      name: entry.template.name,
      description: entry.template.description,
      badges: [
        ...(entry.isDefault ? ['conference default'] : []),
        ...(entry.template.id === currentTemplateId ? ['in use'] : []),
        ...(entry.builtin ? [] : ['yours']),
      ],
      outline: templateOutline(entry.template),
    }));
    if (matchScore(blank, query) !== null || matchScore({ name: 'empty', description: '' }, query) !== null) {
      const option: Option = { key: 'blank', template: null, ...blank, badges: [], outline: '' };
      // The conference's default, else the template made for the session's kind, comes before the blank page.
      const hasDefault = list[0]?.badges.includes('conference default') ?? false;
      const fitsKind = kind !== undefined && list[0]?.template?.kind === kind;
      list.splice(hasDefault || fitsKind ? 1 : 0, 0, option);
    }
    return list;
  }, [userTemplates, settings.hiddenTemplateIds, defaultTemplateId, kind, query, currentTemplateId]);

  const activeIndex = Math.min(active, Math.max(0, options.length - 1));
  const activeOption = options[activeIndex];
  const optionId = (index: number) => `${listId}-option-${index}`;

  const latestActiveChange = useRef(onActiveChange);
  latestActiveChange.current = onActiveChange;
  const activeKey = activeOption?.key;
  useEffect(() => {
    if (activeOption) latestActiveChange.current?.(activeOption.template);
    listRef.current?.querySelector(`[data-index="${activeIndex}"]`)?.scrollIntoView?.({ block: 'nearest' });
    // Report only when the highlighted option changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [activeKey, activeIndex]);

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((activeIndex + step + options.length) % Math.max(1, options.length));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (activeOption) onChoose(activeOption.template);
    }
  }

  return (
    <div className="template-picker">
      <div className="field">
        <label htmlFor={`${listId}-filter`}>Template</label>
        <input
          id={`${listId}-filter`}
          type="search"
          autoFocus={autoFocus}
          value={query}
          placeholder="Type to filter, Enter to choose"
          role="combobox"
          aria-expanded="true"
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={activeOption ? optionId(activeIndex) : undefined}
          onChange={(event) => {
            setQuery(event.target.value);
            setActive(0);
          }}
          onKeyDown={onKeyDown}
        />
      </div>
      <ul id={listId} ref={listRef} role="listbox" aria-label="Templates" className="template-options">
        {options.map((option, index) => (
          <li
            key={option.key}
            id={optionId(index)}
            data-index={index}
            role="option"
            aria-selected={index === activeIndex}
            className="template-option"
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => setActive(index)}
            onDoubleClick={() => onChoose(option.template)}
          >
            <span className="template-option-name">
              {option.name}
              {option.badges.map((badge) => (
                <span key={badge} className="template-badge">
                  {badge}
                </span>
              ))}
            </span>
            {option.description && <span className="template-option-description">{option.description}</span>}
            {option.outline && <span className="template-outline">{option.outline}</span>}
          </li>
        ))}
      </ul>
      {options.length === 0 && <p className="field-hint">No template matches “{query}”.</p>}
    </div>
  );
}
