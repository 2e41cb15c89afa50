import { useEffect, useRef, useState } from 'preact/hooks';
import { format, type Messages } from '../locales/messages-for';
import { type RetentionLimits, readRetention, retentionSetting } from '../storage';
import { language, t } from './messages';
import { readWholeNumber, type WholeNumberProblem, type WholeNumberRange } from './read-whole-number';
import './settings.css';

type Limit = keyof RetentionLimits;

/** Each limit's label, and a range wide enough for any reader yet never one that empties or floods the store. */
const LIMITS: { key: Limit; label: keyof Messages; range: WholeNumberRange }[] = [
  { key: 'maxStoriesPerFeed', label: 'retentionStories', range: { min: 10, max: 10_000 } },
  { key: 'readDays', label: 'retentionReadDays', range: { min: 1, max: 3_650 } },
  { key: 'budgetMb', label: 'retentionBudget', range: { min: 10, max: 10_000 } },
];

function rangeValues({ min, max }: WholeNumberRange): { min: string; max: string } {
  // No grouping: the field takes digits only, so "10,000" would read as a mistake.
  const number = new Intl.NumberFormat(language, { useGrouping: false });
  return { min: number.format(min), max: number.format(max) };
}

function problemText(problem: WholeNumberProblem, range: WholeNumberRange): string {
  if (problem === 'empty') return t.retentionEmpty;
  if (problem === 'not-whole') return t.retentionNotWhole;
  return format(t.retentionOutOfRange, rangeValues(range));
}

/** How many stories are kept, how long read ones stay, and how much room they may take; each saved once valid. */
export function RetentionSettings() {
  const [typed, setTyped] = useState<Partial<Record<Limit, string>>>({});
  const [problems, setProblems] = useState<Partial<Record<Limit, WholeNumberProblem>>>({});
  const [saved, setSaved] = useState(false);
  // One write at a time: two fields changed in quick succession must not each overwrite the other's limit.
  const writes = useRef(Promise.resolve());

  useEffect(() => {
    void readRetention().then((limits) =>
      // What the reader may already have typed wins over the stored limits arriving late.
      setTyped((current) => ({
        maxStoriesPerFeed: String(limits.maxStoriesPerFeed),
        readDays: String(limits.readDays),
        budgetMb: String(limits.budgetMb),
        ...current,
      })),
    );
  }, []);

  const commit = async (key: Limit, range: WholeNumberRange, text: string) => {
    const reading = readWholeNumber(text, range);
    setSaved(false);
    if (typeof reading !== 'number') {
      setProblems((current) => ({ ...current, [key]: reading }));
      return;
    }
    setProblems(({ [key]: _fixed, ...others }) => others);
    setTyped((current) => ({ ...current, [key]: String(reading) }));
    // A write the browser refuses (sync quota) leaves "Saved." unsaid, and the next change tries again.
    writes.current = writes.current
      .then(async () => {
        await retentionSetting.setValue({ ...(await retentionSetting.getValue()), [key]: reading });
        setSaved(true);
      })
      .catch(() => undefined);
    await writes.current;
  };

  return (
    <section class="settings-section" aria-labelledby="retention-title">
      <h2 id="retention-title">{t.retentionTitle}</h2>
      <p class="help">{t.retentionHelp}</p>
      {LIMITS.map(({ key, label, range }) => {
        const id = `retention-${key}`;
        const problem = problems[key];
        return (
          <div class="settings-field" key={key}>
            <label for={id}>{t[label]}</label>
            <input
              id={id}
              type="text"
              inputMode="numeric"
              autoComplete="off"
              value={typed[key] ?? ''}
              aria-invalid={problem !== undefined}
              aria-describedby={`${id}-range ${id}-problem`}
              onInput={(event) => setTyped((current) => ({ ...current, [key]: event.currentTarget.value }))}
              onChange={(event) => void commit(key, range, event.currentTarget.value)}
            />
            <p id={`${id}-range`} class="help">
              {format(t.retentionRange, rangeValues(range))}
            </p>
            <p id={`${id}-problem`} class="notice notice-error" role="alert">
              {problem && problemText(problem, range)}
            </p>
          </div>
        );
      })}
      <p class="notice" role="status">
        {saved ? t.saved : ''}
      </p>
    </section>
  );
}
