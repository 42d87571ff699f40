/** The forms that change how an entity is linked: move a responsibility, end the entity, add or end a relation. */
import { useState } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../gql/index.ts';
import type { LinkType, Responsibility } from '../gql/graphql.ts';
import { useEditT } from './use-edit-t.ts';
import { ChangeForm, type SourceOption } from './ChangeForm.tsx';
import { SelectField, TextField } from './fields.tsx';
import { isIsoDate, type EditableEntity } from './editable-entity.ts';

const MoveResponsibilityMutation = graphql(`
  mutation EditMoveResponsibility($changeSetId: ID!, $input: MoveResponsibilityInput!) {
    moveResponsibility(changeSetId: $changeSetId, input: $input) { id summary }
  }
`);
const EndEntityMutation = graphql(`
  mutation EditEndEntity($changeSetId: ID!, $input: EndEntityInput!) {
    endEntity(changeSetId: $changeSetId, input: $input) { id summary }
  }
`);
const AddRelationMutation = graphql(`
  mutation EditAddRelation($changeSetId: ID!, $input: AddRelationInput!) {
    addRelation(changeSetId: $changeSetId, input: $input) { id summary }
  }
`);
const EndRelationMutation = graphql(`
  mutation EditEndRelation($changeSetId: ID!, $input: EndRelationInput!) {
    endRelation(changeSetId: $changeSetId, input: $input) { id summary }
  }
`);

export const RESPONSIBILITIES: readonly Responsibility[] = ['FUNDED_BY', 'ADMINISTERED_BY', 'DECIDED_BY', 'DELIVERED_BY', 'APPLIES_TO', 'APPEALS_TO'];
const LINK_TYPES: readonly LinkType[] = [
  'FUNDED_BY', 'ADMINISTERED_BY', 'DECIDED_BY', 'DELIVERED_BY', 'APPLIES_TO', 'APPEALS_TO', 'BASED_ON', 'TARGETS', 'SERVES_GOAL', 'REQUIRES', 'COMBINES_WITH',
  'PRECONDITION_FOR', 'EXCLUDES', 'REPLACED_BY', 'ANSWERS_TO', 'PART_OF', 'OWNED_BY', 'SUBGROUP_OF', 'HAS_GOAL', 'COMMITTED_BY', 'PRIORITISES', 'FOLLOWS',
  'COORDINATED_BY', 'PUBLISHED_BY', 'HAS_MEMBER',
];

type FormProps = { entity: EditableEntity; changeSetId: string | null; sources: readonly SourceOption[]; allSources: readonly SourceOption[]; onAdded: (summary: string) => void };

function dateProblem(value: string, required: string, invalid: string): string | undefined {
  if (!value) return required;
  return isIsoDate(value) ? undefined : invalid;
}

export function MoveResponsibilityForm({ actors, ...props }: FormProps & { actors: readonly { id: string; name: string }[] }) {
  const { t } = useEditT();
  const { entity, changeSetId } = props;
  const [, move] = useMutation(MoveResponsibilityMutation);
  const [responsibility, setResponsibility] = useState<Responsibility | ''>('');
  const [fromActorId, setFromActorId] = useState('');
  const [toActorId, setToActorId] = useState('');
  const [from, setFrom] = useState('');
  // The actors that hold the chosen responsibility now: the instrument's outgoing links of that type.
  const holders = entity.links.filter((link) => link.direction === 'OUT' && link.type === responsibility && link.entity.type === 'ACTOR');
  return (
    <ChangeForm
      {...props}
      formId="ansvar"
      title={t.edit.operations.move}
      fields={{ responsibility: t.edit.move.responsibility, fromActorId: t.edit.move.fromActor, toActorId: t.edit.move.toActor, from: t.edit.move.from }}
      validate={() => {
        const problems: Record<string, string> = {};
        if (!responsibility) problems.responsibility = t.edit.form.required;
        if (!fromActorId) problems.fromActorId = t.edit.form.required;
        if (!toActorId) problems.toActorId = t.edit.form.required;
        else if (toActorId === fromActorId) problems.toActorId = t.edit.move.sameActor;
        const date = dateProblem(from, t.edit.form.required, t.edit.form.dateInvalid);
        if (date) problems.from = date;
        return problems;
      }}
      send={async (basis) => {
        const result = await move({ changeSetId: changeSetId ?? '', input: { basis, responsibility: responsibility as Responsibility, fromActorId, toActorId, from } });
        return { error: result.error, summary: result.data?.moveResponsibility.summary };
      }}
    >
      {(errorFor, idFor) => (
        <>
          <SelectField
            id={idFor('responsibility')}
            label={t.edit.move.responsibility}
            value={responsibility}
            placeholder={t.edit.form.choose}
            options={RESPONSIBILITIES.map((value) => ({ value, label: t.linkTypes[value] }))}
            error={errorFor('responsibility')}
            onChange={(value) => {
              setResponsibility(value as Responsibility | '');
              const first = entity.links.find((link) => link.direction === 'OUT' && link.type === value && link.entity.type === 'ACTOR');
              setFromActorId(first?.entity.id ?? '');
            }}
          />
          {responsibility && holders.length === 0 && <p className="muted" role="status">{t.edit.move.noneHolds}</p>}
          <SelectField
            id={idFor('fromActorId')}
            label={t.edit.move.fromActor}
            value={fromActorId}
            placeholder={t.edit.form.choose}
            options={holders.map((link) => ({ value: link.entity.id, label: link.entity.name }))}
            error={errorFor('fromActorId')}
            onChange={setFromActorId}
          />
          <SelectField
            id={idFor('toActorId')}
            label={t.edit.move.toActor}
            value={toActorId}
            placeholder={t.edit.form.choose}
            options={actors.map((actor) => ({ value: actor.id, label: actor.name }))}
            error={errorFor('toActorId')}
            onChange={setToActorId}
          />
          <TextField id={idFor('from')} label={t.edit.move.from} type="date" value={from} onChange={setFrom} error={errorFor('from')} help={t.edit.form.dateHelp} />
        </>
      )}
    </ChangeForm>
  );
}

export function EndEntityForm(props: FormProps) {
  const { t } = useEditT();
  const { changeSetId } = props;
  const [, end] = useMutation(EndEntityMutation);
  const [lastDay, setLastDay] = useState('');
  const [replacedBy, setReplacedBy] = useState('');
  return (
    <ChangeForm
      {...props}
      formId="avslutt"
      title={t.edit.operations.end}
      fields={{ lastDay: t.edit.end.lastDay, replacedBy: t.edit.end.replacedBy }}
      validate={() => {
        const date = dateProblem(lastDay, t.edit.form.required, t.edit.form.dateInvalid);
        const problems: Record<string, string> = {};
        if (date) problems.lastDay = date;
        return problems;
      }}
      send={async (basis) => {
        const result = await end({ changeSetId: changeSetId ?? '', input: { basis, lastDay, replacedBy: replacedBy.trim() || null } });
        return { error: result.error, summary: result.data?.endEntity.summary };
      }}
    >
      {(errorFor, idFor) => (
        <>
          <TextField id={idFor('lastDay')} label={t.edit.end.lastDay} type="date" value={lastDay} onChange={setLastDay} error={errorFor('lastDay')} help={t.edit.form.dateHelp} />
          <TextField id={idFor('replacedBy')} label={t.edit.end.replacedBy} help={t.edit.end.replacedByHelp} value={replacedBy} onChange={setReplacedBy} error={errorFor('replacedBy')} optional />
        </>
      )}
    </ChangeForm>
  );
}

export function AddRelationForm(props: FormProps) {
  const { t } = useEditT();
  const { changeSetId } = props;
  const [, add] = useMutation(AddRelationMutation);
  const [type, setType] = useState<LinkType | ''>('');
  const [to, setTo] = useState('');
  const [validFrom, setValidFrom] = useState('');
  const [validTo, setValidTo] = useState('');
  return (
    <ChangeForm
      {...props}
      formId="ny-relasjon"
      title={t.edit.operations.addRelation}
      fields={{ type: t.edit.relation.type, to: t.edit.relation.to, validFrom: t.edit.fieldNames.validFrom, validTo: t.edit.fieldNames.validTo }}
      validate={() => {
        const problems: Record<string, string> = {};
        if (!type) problems.type = t.edit.form.required;
        if (!to.trim()) problems.to = t.edit.form.required;
        if (validFrom && !isIsoDate(validFrom)) problems.validFrom = t.edit.form.dateInvalid;
        if (validTo && !isIsoDate(validTo)) problems.validTo = t.edit.form.dateInvalid;
        return problems;
      }}
      send={async (basis) => {
        const result = await add({ changeSetId: changeSetId ?? '', input: { basis, type: type as LinkType, to: to.trim(), validFrom: validFrom || null, validTo: validTo || null } });
        return { error: result.error, summary: result.data?.addRelation.summary };
      }}
    >
      {(errorFor, idFor) => (
        <>
          <SelectField id={idFor('type')} label={t.edit.relation.type} value={type} placeholder={t.edit.form.choose} options={LINK_TYPES.map((value) => ({ value, label: t.linkTypes[value] }))} error={errorFor('type')} onChange={(value) => setType(value as LinkType | '')} />
          <TextField id={idFor('to')} label={t.edit.relation.to} help={t.edit.relation.toHelp} value={to} onChange={setTo} error={errorFor('to')} />
          <TextField id={idFor('validFrom')} label={t.edit.fieldNames.validFrom} type="date" value={validFrom} onChange={setValidFrom} error={errorFor('validFrom')} help={t.edit.form.dateHelp} optional />
          <TextField id={idFor('validTo')} label={t.edit.fieldNames.validTo} type="date" value={validTo} onChange={setValidTo} error={errorFor('validTo')} help={t.edit.form.dateHelp} optional />
        </>
      )}
    </ChangeForm>
  );
}

export function EndRelationForm(props: FormProps) {
  const { t } = useEditT();
  const { entity, changeSetId } = props;
  const [, end] = useMutation(EndRelationMutation);
  const [relationId, setRelationId] = useState('');
  const [lastDay, setLastDay] = useState('');
  // A relation belongs to the entity it leaves, so only outgoing ones can be ended from here.
  const own = entity.links.filter((link) => link.direction === 'OUT' && link.relationId && !link.validTo);
  return (
    <ChangeForm
      {...props}
      formId="avslutt-relasjon"
      title={t.edit.operations.endRelation}
      fields={{ relationId: t.edit.relation.which, lastDay: t.edit.end.lastDay }}
      validate={() => {
        const problems: Record<string, string> = {};
        if (!relationId) problems.relationId = t.edit.form.required;
        const date = dateProblem(lastDay, t.edit.form.required, t.edit.form.dateInvalid);
        if (date) problems.lastDay = date;
        return problems;
      }}
      send={async (basis) => {
        const result = await end({ changeSetId: changeSetId ?? '', input: { basis, relationId, lastDay } });
        return { error: result.error, summary: result.data?.endRelation.summary };
      }}
    >
      {(errorFor, idFor) => (
        <>
          {own.length === 0 && <p className="muted">{t.edit.relation.none}</p>}
          <SelectField
            id={idFor('relationId')}
            label={t.edit.relation.which}
            value={relationId}
            placeholder={t.edit.form.choose}
            options={own.map((link) => ({ value: link.relationId ?? '', label: `${t.linkTypes[link.type]}: ${link.entity.name}` }))}
            error={errorFor('relationId')}
            onChange={setRelationId}
          />
          <TextField id={idFor('lastDay')} label={t.edit.end.lastDay} type="date" value={lastDay} onChange={setLastDay} error={errorFor('lastDay')} help={t.edit.form.dateHelp} />
        </>
      )}
    </ChangeForm>
  );
}
