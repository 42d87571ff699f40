import { useT } from '../../i18n/i18n.ts';
import { HOUSEHOLD_GOALS, HOUSING_SITUATIONS, INCOME_SOURCES, INSTITUTION_KINDS, SENSITIVE_FIELDS, type Answers, type HouseholdGoal, type HousingSituation, type TriAnswer, type TriField } from '../answers.ts';
import { MUNICIPALITIES } from '../municipalities.ts';
import { fieldInputId, type Question } from './steps.ts';
import { ChoiceGroup, NumberInput, SelectInput } from './fields.tsx';

type Props = {
  question: Question;
  answers: Answers;
  error: string | undefined;
  update: (change: Partial<Answers>) => void;
  /** Text fields are re-validated when they lose focus, once the user has tried to move on. */
  onBlur: () => void;
};

const MUNICIPALITY_OPTIONS = MUNICIPALITIES.map((municipality) => ({ value: municipality.number, label: municipality.name }));

/** One question of the wizard, rendered by its kind. */
export function QuestionField({ question, answers, error, update, onBlur }: Props) {
  const { t } = useT();
  const id = fieldInputId(question.field);
  switch (question.kind) {
    case 'municipality': {
      const text = t.questions.municipalityNumber;
      return (
        <SelectInput id={id} label={text.label} help={text.help} placeholder={text.placeholder} value={answers.municipalityNumber}
          options={MUNICIPALITY_OPTIONS} error={error} onChange={(value) => update({ municipalityNumber: value })} />
      );
    }
    case 'number': {
      const field = question.field as 'adults' | 'children' | 'applicantAge' | 'annualHouseholdIncome' | 'monthlyHousingCosts' | 'netWealth';
      const text = t.questions[field];
      return (
        <NumberInput id={id} label={text.label} description={'description' in text ? text.description : undefined} help={text.help}
          value={answers[field]} error={error} optional={!question.required} onChange={(value) => update({ [field]: value })} onBlur={onBlur} />
      );
    }
    case 'housing':
      return (
        <ChoiceGroup id={id} name="housing" type="radio" legend={t.questions.housing.label} help={t.questions.housing.help}
          options={HOUSING_SITUATIONS.map((value) => ({ value, label: t.housing[value] }))}
          isChecked={(value) => answers.housing === value} onToggle={(value) => update({ housing: value as HousingSituation })} error={error} />
      );
    case 'goals':
      return (
        <ChoiceGroup id={id} name="goals" type="checkbox" legend={t.questions.goals.label} description={t.questions.goals.description}
          help={t.questions.goals.help} options={HOUSEHOLD_GOALS.map((value) => ({ value, label: t.goals[value] }))}
          isChecked={(value) => answers.goals.includes(value as HouseholdGoal)} error={error}
          onToggle={(value, checked) => {
            const goal = value as HouseholdGoal;
            const goals = checked ? [...answers.goals, goal] : answers.goals.filter((existing) => existing !== goal);
            update({ goals: HOUSEHOLD_GOALS.filter((option) => goals.includes(option)) });
          }} />
      );
    case 'choice': {
      if (question.field === 'institution') {
        const text = t.questions.institution;
        const options = [...INSTITUTION_KINDS.map((value) => ({ value, label: t.institution[value] })), { value: 'unknown', label: t.common.dontKnow }];
        return (
          <ChoiceGroup id={id} name="institution" type="radio" legend={text.label} help={text.help} optional options={options}
            isChecked={(value) => answers.institution === value}
            onToggle={(value) => update({ institution: value as Answers['institution'] })} />
        );
      }
      const text = t.questions.mainIncomeSource;
      const options = [...INCOME_SOURCES.map((value) => ({ value, label: t.incomeSource[value] })), { value: 'unknown', label: t.common.dontKnow }];
      return (
        <ChoiceGroup id={id} name="mainIncomeSource" type="radio" legend={text.label} help={text.help} optional options={options}
          isChecked={(value) => answers.mainIncomeSource === value}
          onToggle={(value) => update({ mainIncomeSource: value as Answers['mainIncomeSource'] })} />
      );
    }
    case 'tri': {
      const field = question.field as TriField;
      const text = t.questions[field];
      const options: { value: TriAnswer; label: string }[] = [
        { value: 'yes', label: t.common.yes },
        { value: 'no', label: t.common.no },
        { value: 'unknown', label: t.common.dontKnow },
      ];
      if (SENSITIVE_FIELDS.has(field)) options.push({ value: 'declined', label: t.common.preferNotToSay });
      return (
        <ChoiceGroup id={id} name={field} type="radio" legend={text.label} help={text.help} optional options={options}
          description={'description' in text ? text.description : undefined}
          isChecked={(value) => answers.tri[field] === value}
          onToggle={(value) => update({ tri: { [field]: value as TriAnswer } })} />
      );
    }
  }
}
