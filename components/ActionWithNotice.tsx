import { useState } from 'preact/hooks';

interface Props<T> {
  /** Prefix of the help's and the notice's ids. */
  id: string;
  label: string;
  /** Said before the reader presses: what the action keeps and what it removes. */
  help: string;
  run(): Promise<T>;
  /** The outcome in words; called at each render, so the words follow the language. */
  describe(outcome: T): string;
  failed: string;
}

/** A settings action: its help, its button (ignored while it runs) and a status line that says how it went. */
export function ActionWithNotice<T>({ id, label, help, run, describe, failed }: Props<T>) {
  const [outcome, setOutcome] = useState<{ done: T } | { failed: true }>();
  const [running, setRunning] = useState(false);

  const act = () => {
    if (running) return;
    setRunning(true);
    run()
      .then(
        (done) => setOutcome({ done }),
        () => setOutcome({ failed: true }),
      )
      .finally(() => setRunning(false));
  };

  return (
    <>
      <p id={`${id}-help`} class="help">
        {help}
      </p>
      <button
        type="button"
        class="settings-button"
        onClick={act}
        aria-disabled={running}
        aria-describedby={`${id}-help ${id}-notice`}
      >
        {label}
      </button>
      <p id={`${id}-notice`} class={outcome && 'failed' in outcome ? 'notice notice-error' : 'notice'} role="status">
        {outcome && ('failed' in outcome ? failed : describe(outcome.done))}
      </p>
    </>
  );
}
