/**
 * A group of radio buttons under one legend, each option with a line in plain words saying what it
 * does (linked to its radio by aria-describedby, so a screen reader reads it with the option).
 */
import { useId } from 'react';

export interface Choice<V extends string> {
  readonly value: V;
  readonly label: string;
  readonly hint: string;
}

interface ChoiceGroupProps<V extends string> {
  readonly legend: string;
  readonly value: V;
  readonly choices: readonly Choice<V>[];
  readonly onChange: (value: V) => void;
}

export function ChoiceGroup<V extends string>({ legend, value, choices, onChange }: ChoiceGroupProps<V>) {
  const name = useId();
  return (
    <fieldset className="choice-group">
      <legend>{legend}</legend>
      {choices.map((c) => {
        const hintId = `${name}-${c.value}-hint`;
        return (
          <div key={c.value} className="choice">
            <label className="radio">
              <input type="radio" name={name} value={c.value} checked={value === c.value} onChange={() => onChange(c.value)} aria-describedby={hintId} />
              {c.label}
            </label>
            <p className="field-hint" id={hintId}>
              {c.hint}
            </p>
          </div>
        );
      })}
    </fieldset>
  );
}
