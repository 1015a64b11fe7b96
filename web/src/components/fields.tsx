import { useId, type ReactNode } from 'react';
import { countWords } from '../lib/words';
import { useI18n } from '../i18n/i18n';
import { useFieldId } from './ErrorSummary';

interface FieldBase {
  name: string;
  label: string;
  description?: ReactNode;
  error?: string;
  required?: boolean;
}

function describedBy(...ids: (string | false | undefined)[]) {
  const list = ids.filter(Boolean).join(' ');
  return list || undefined;
}

function LabelText({ label, required }: { label: string; required?: boolean }) {
  const { t } = useI18n();
  return (
    <>
      {label}
      {required && <span className="field-required"> {t.common.required}</span>}
    </>
  );
}

/**
 * One labelled control in the Utrecht form-field layout: label, description, error message (all
 * linked with aria-describedby), then the control.
 */
function FieldFrame({ name, label, description, error, required, kind, children }: FieldBase & { kind: string; children: (ids: { input: string; describedBy?: string }) => ReactNode }) {
  const fieldId = useFieldId();
  const base = useId();
  const descriptionId = description ? `${base}-description` : undefined;
  const errorId = error ? `${base}-error` : undefined;
  return (
    <div className={`utrecht-form-field utrecht-form-field--${kind} ${error ? 'utrecht-form-field--invalid' : ''}`}>
      <div className="utrecht-form-field__label">
        <label className="utrecht-form-label" htmlFor={fieldId(name)}>
          <LabelText label={label} required={required} />
        </label>
      </div>
      {description && (
        <div className="utrecht-form-field__description utrecht-form-field-description" id={descriptionId}>
          {description}
        </div>
      )}
      {error && (
        <div className="utrecht-form-field__error-message utrecht-form-field-error-message" id={errorId}>
          {error}
        </div>
      )}
      <div className="utrecht-form-field__input">{children({ input: fieldId(name), describedBy: describedBy(descriptionId, errorId) })}</div>
    </div>
  );
}

interface TextFieldProps extends FieldBase {
  value: string;
  onChange(value: string): void;
  type?: 'text' | 'email' | 'password' | 'tel' | 'date';
  autoComplete?: string;
  inputMode?: 'numeric' | 'text' | 'email' | 'tel';
  size?: 'small' | 'full';
}

export function TextField({ value, onChange, type = 'text', autoComplete, inputMode, size = 'full', ...field }: TextFieldProps) {
  return (
    <FieldFrame {...field} kind="text">
      {({ input, describedBy }) => (
        <input
          id={input}
          name={field.name}
          type={type}
          className={`utrecht-textbox utrecht-textbox--html-input ${field.error ? 'utrecht-textbox--invalid' : ''} ${size === 'small' ? 'textbox-small' : ''}`}
          value={value}
          onChange={(event) => onChange(event.target.value)}
          autoComplete={autoComplete}
          inputMode={inputMode}
          aria-invalid={field.error ? true : undefined}
          aria-required={field.required || undefined}
          aria-describedby={describedBy}
        />
      )}
    </FieldFrame>
  );
}

interface TextAreaProps extends FieldBase {
  value: string;
  onChange(value: string): void;
  rows?: number;
  /** Shows a live word count against this limit. */
  maxWords?: number;
}

export function TextArea({ value, onChange, rows = 5, maxWords, ...field }: TextAreaProps) {
  const { t } = useI18n();
  const counterId = useId();
  const words = countWords(value);
  return (
    <FieldFrame {...field} kind="textarea">
      {({ input, describedBy: ids }) => (
        <>
          <textarea
            id={input}
            name={field.name}
            className={`utrecht-textarea utrecht-textarea--html-textarea ${field.error ? 'utrecht-textarea--invalid' : ''}`}
            rows={rows}
            value={value}
            onChange={(event) => onChange(event.target.value)}
            aria-invalid={field.error ? true : undefined}
            aria-required={field.required || undefined}
            aria-describedby={describedBy(ids, maxWords !== undefined && counterId)}
          />
          {maxWords !== undefined && (
            <p id={counterId} className={`utrecht-paragraph word-count ${words > maxWords ? 'word-count--over' : ''}`}>
              {words > maxWords ? t.common.tooManyWords(words, maxWords) : t.common.words(words, maxWords)}
            </p>
          )}
        </>
      )}
    </FieldFrame>
  );
}

interface SelectProps extends FieldBase {
  value: string;
  onChange(value: string): void;
  options: { value: string; label: string }[];
  placeholder?: string;
}

export function SelectField({ value, onChange, options, placeholder, ...field }: SelectProps) {
  return (
    <FieldFrame {...field} kind="select">
      {({ input, describedBy }) => (
        <select
          id={input}
          name={field.name}
          className={`utrecht-select utrecht-select--html-select ${field.error ? 'utrecht-select--invalid' : ''}`}
          value={value}
          onChange={(event) => onChange(event.target.value)}
          aria-invalid={field.error ? true : undefined}
          aria-required={field.required || undefined}
          aria-describedby={describedBy}
        >
          {placeholder !== undefined && <option value="">{placeholder}</option>}
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </FieldFrame>
  );
}

interface ChoiceOption<V extends string> {
  value: V;
  label: string;
  hint?: string;
}

interface FieldsetProps extends FieldBase {
  children: (ids: { describedBy?: string }) => ReactNode;
}

/** A group of radio buttons or checkboxes: a fieldset whose legend is the question. */
function Fieldset({ name, label, description, error, required, children }: FieldsetProps) {
  const base = useId();
  const descriptionId = description ? `${base}-description` : undefined;
  const errorId = error ? `${base}-error` : undefined;
  return (
    <div className={`utrecht-form-fieldset ${error ? 'utrecht-form-fieldset--invalid' : ''}`}>
      <fieldset
        className="utrecht-form-fieldset__fieldset utrecht-form-fieldset--html-fieldset"
        aria-describedby={describedBy(descriptionId, errorId)}
        aria-invalid={error ? true : undefined}
        data-field={name}
      >
        <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
          <LabelText label={label} required={required} />
        </legend>
        {description && (
          <div className="utrecht-form-field-description" id={descriptionId}>
            {description}
          </div>
        )}
        {error && (
          <div className="utrecht-form-field-error-message" id={errorId}>
            {error}
          </div>
        )}
        {children({ describedBy: describedBy(descriptionId, errorId) })}
      </fieldset>
    </div>
  );
}

interface RadioGroupProps<V extends string> extends FieldBase {
  value: V | '';
  onChange(value: V): void;
  options: ChoiceOption<V>[];
  disabled?: boolean;
}

/** Radio buttons; the first one carries the field's id, so an error summary link lands in the group. */
export function RadioGroup<V extends string>({ value, onChange, options, disabled, ...field }: RadioGroupProps<V>) {
  const fieldId = useFieldId();
  const base = useId();
  return (
    <Fieldset {...field}>
      {() =>
        options.map((option, index) => {
          const id = index === 0 ? fieldId(field.name) : `${base}-${index}`;
          const hintId = option.hint ? `${id}-hint` : undefined;
          return (
            <div key={option.value} className="utrecht-form-field utrecht-form-field--radio">
              <div className="utrecht-form-field__input">
                <input
                  id={id}
                  type="radio"
                  name={field.name}
                  className={`utrecht-radio-button utrecht-radio-button--html-input ${field.error ? 'utrecht-radio-button--invalid' : ''}`}
                  value={option.value}
                  checked={value === option.value}
                  disabled={disabled}
                  onChange={() => onChange(option.value)}
                  aria-describedby={hintId}
                />
              </div>
              <div className="utrecht-form-field__label">
                <label className="utrecht-form-label utrecht-form-label--radio" htmlFor={id}>
                  {option.label}
                </label>
              </div>
              {option.hint && (
                <div className="utrecht-form-field__description utrecht-form-field-description" id={hintId}>
                  {option.hint}
                </div>
              )}
            </div>
          );
        })
      }
    </Fieldset>
  );
}

interface CheckboxGroupProps extends FieldBase {
  value: string[];
  onChange(value: string[]): void;
  options: ChoiceOption<string>[];
}

export function CheckboxGroup({ value, onChange, options, ...field }: CheckboxGroupProps) {
  const fieldId = useFieldId();
  const base = useId();
  return (
    <Fieldset {...field}>
      {() => (
        <div className="checkbox-columns">
          {options.map((option, index) => {
            const id = index === 0 ? fieldId(field.name) : `${base}-${index}`;
            const checked = value.includes(option.value);
            return (
              <div key={option.value} className="utrecht-form-field utrecht-form-field--checkbox">
                <div className="utrecht-form-field__input">
                  <input
                    id={id}
                    type="checkbox"
                    name={field.name}
                    className={`utrecht-checkbox utrecht-checkbox--html-input ${field.error ? 'utrecht-checkbox--invalid' : ''}`}
                    value={option.value}
                    checked={checked}
                    onChange={() => onChange(checked ? value.filter((item) => item !== option.value) : [...value, option.value])}
                  />
                </div>
                <div className="utrecht-form-field__label">
                  <label className="utrecht-form-label utrecht-form-label--checkbox" htmlFor={id}>
                    {option.label}
                  </label>
                </div>
              </div>
            );
          })}
        </div>
      )}
    </Fieldset>
  );
}

/** Yes/no as two radio buttons (never a lone checkbox: "no" and "not answered" differ). */
export function YesNo({ value, onChange, ...field }: FieldBase & { value: boolean | null; onChange(value: boolean): void }) {
  const { t } = useI18n();
  return (
    <RadioGroup
      {...field}
      value={value === null ? '' : value ? 'yes' : 'no'}
      onChange={(choice) => onChange(choice === 'yes')}
      options={[
        { value: 'yes', label: t.common.yes },
        { value: 'no', label: t.common.no },
      ]}
    />
  );
}

/** A required date or time input in the Utrecht form-field layout (the browser's own picker). */
export function DateTimeInput(props: { type: 'date' | 'time'; name: string; label: string; hint: string; value: string; onChange(value: string): void; error?: string }) {
  const { t } = useI18n();
  const fieldId = useFieldId();
  const base = useId();
  const hintId = `${base}-hint`;
  const errorId = `${base}-error`;
  return (
    <div className={`utrecht-form-field utrecht-form-field--text ${props.error ? 'utrecht-form-field--invalid' : ''}`}>
      <div className="utrecht-form-field__label">
        <label className="utrecht-form-label" htmlFor={fieldId(props.name)}>
          {props.label}
          <span className="field-required"> {t.common.required}</span>
        </label>
      </div>
      <div className="utrecht-form-field__description utrecht-form-field-description" id={hintId}>
        {props.hint}
      </div>
      {props.error && (
        <div className="utrecht-form-field__error-message utrecht-form-field-error-message" id={errorId}>
          {props.error}
        </div>
      )}
      <div className="utrecht-form-field__input">
        <input
          id={fieldId(props.name)}
          name={props.name}
          type={props.type}
          className={`utrecht-textbox utrecht-textbox--html-input textbox-small ${props.error ? 'utrecht-textbox--invalid' : ''}`}
          value={props.value}
          onChange={(event) => props.onChange(event.target.value)}
          aria-invalid={props.error ? true : undefined}
          aria-required
          aria-describedby={props.error ? `${hintId} ${errorId}` : hintId}
        />
      </div>
    </div>
  );
}
