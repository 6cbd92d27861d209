interface FilterSelectProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** The first option, which filters nothing ("Any tag", "All conferences"); its value is ''. */
  anyLabel: string;
  /** The choices, as values shown as they are, or [value, text] pairs. */
  options: ReadonlyArray<string | readonly [value: string, text: string]>;
}

/** A labelled drop-down that narrows a list: everything, or one of the choices. */
export function FilterSelect({ label, value, onChange, anyLabel, options }: FilterSelectProps) {
  return (
    <label>
      {label}
      <select value={value} onChange={(event) => onChange(event.currentTarget.value)}>
        <option value="">{anyLabel}</option>
        {options.map((option) => {
          const [optionValue, text] = typeof option === 'string' ? [option, option] : option;
          return (
            <option key={optionValue} value={optionValue}>
              {text}
            </option>
          );
        })}
      </select>
    </label>
  );
}
