import { useEffect, useState, type FormEvent } from 'react';
import { api } from '../api/client';
import { meetingApi } from '../api/meeting-api';
import { LEVEL_CODES, PHASES } from '../api/types';
import { useI18n } from '../i18n/i18n';
import { EMPTY_FILTERS, isFiltered, type StaffFilters } from '../lib/staff-list-filters';
import { useResource } from '../lib/use-resource';
import { useSession } from '../session/session';
import { Button, ButtonGroup } from './Button';
import { SelectField, TextField } from './fields';
import './databank-and-inbox.css';
import './staff-list.css';

/** Sort keys offered on the list (the API accepts these and their reverses). */
const SORTS = ['-updatedAt', 'stateChangedAt', 'name', '-name', 'reference', '-reference', 'organisation', '-submittedAt', 'submittedAt'];

/**
 * The staff's search and filters. Nothing is fetched while typing: the form applies on submit
 * (Enter in any field), which writes the filters into the address.
 */
export function StaffFiltersForm({ applied, onApply, withPhase = true, withSort = true }: { applied: StaffFilters; onApply(filters: StaffFilters): void; withPhase?: boolean; withSort?: boolean }) {
  const { t } = useI18n();
  const s = t.staffList;
  const user = useSession().user!;
  const [form, setForm] = useState<StaffFilters>(applied);
  const key = JSON.stringify(applied);
  // Back and forward change the address: the form follows it.
  useEffect(() => setForm(JSON.parse(key) as StaffFilters), [key]);
  const isSecretary = user.roles.includes('secretary');
  const seesCommittees = isSecretary || user.roles.includes('chair') || user.roles.includes('committee_member');
  const coaches = useResource(() => (isSecretary ? api.coaches() : Promise.resolve([])), `coaches-${isSecretary}`);
  const committees = useResource(() => (seesCommittees ? meetingApi.committees() : Promise.resolve([])), `committees-${seesCommittees}`);
  const set = (field: keyof StaffFilters) => (value: string) => setForm((current) => ({ ...current, [field]: value }));

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    onApply(form);
  }

  return (
    <form className="form search-form staff-filters" role="search" aria-label={s.filters} onSubmit={onSubmit} noValidate>
      <TextField name="q" label={s.search} description={s.searchHint} value={form.q} onChange={set('q')} />
      {/* Collapsed until a filter is in use, so that on a phone the results are not ten fields down. */}
      <details className="staff-filters__more" open={isFiltered(applied) || applied.sort !== '' || undefined}>
        <summary>{s.moreFilters}</summary>
        <fieldset className="search-form__filters">
          <legend>{s.filters}</legend>
          <TextField name="organisation" label={s.organisation} value={form.organisation} onChange={set('organisation')} />
          {withPhase && (
            <SelectField name="phase" label={s.phase} value={form.phase} onChange={set('phase')} placeholder={s.anyPhase} options={PHASES.map((phase) => ({ value: phase, label: t.phases[phase] }))} />
          )}
          <SelectField
            name="state"
            label={s.state}
            value={form.state}
            onChange={set('state')}
            placeholder={s.anyState}
            options={Object.entries(t.states).map(([value, label]) => ({ value, label }))}
          />
          {isSecretary && (
            <SelectField
              name="coach"
              label={s.coach}
              value={form.coach}
              onChange={set('coach')}
              placeholder={s.anyCoach}
              options={(coaches.data ?? []).map((coach) => ({ value: coach.id, label: coach.name }))}
            />
          )}
          <SelectField
            name="targetLevel"
            label={s.targetLevel}
            value={form.targetLevel}
            onChange={set('targetLevel')}
            placeholder={s.anyLevel}
            options={LEVEL_CODES.map((level) => ({ value: level, label: t.levels[level] }))}
          />
          {seesCommittees && (
            <SelectField
              name="committee"
              label={s.committee}
              value={form.committee}
              onChange={set('committee')}
              placeholder={s.anyCommittee}
              options={(committees.data ?? []).map((committee) => ({ value: committee.id, label: committee.name }))}
            />
          )}
          <SelectField
            name="stuck"
            label={s.stuck}
            value={form.stuck}
            onChange={set('stuck')}
            placeholder={s.stuckAny}
            options={[
              { value: 'true', label: s.stuckYes },
              { value: 'false', label: s.stuckNo },
            ]}
          />
          <SelectField
            name="overdue"
            label={s.overdue}
            value={form.overdue}
            onChange={set('overdue')}
            placeholder={s.overdueAny}
            options={[
              { value: 'true', label: s.overdueYes },
              { value: 'false', label: s.overdueNo },
            ]}
          />
          {withSort && <SelectField name="sort" label={s.sort} value={form.sort || '-updatedAt'} onChange={set('sort')} options={SORTS.map((sort) => ({ value: sort, label: s.sorts[sort] }))} />}
        </fieldset>
      </details>
      <ButtonGroup>
        <Button type="submit" variant="primary">
          {s.apply}
        </Button>
        {isFiltered(applied) && <Button onClick={() => onApply({ ...EMPTY_FILTERS, sort: applied.sort })}>{s.clear}</Button>}
      </ButtonGroup>
    </form>
  );
}
