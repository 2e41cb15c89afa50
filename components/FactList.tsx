/** Named values, a line each: a feed's state, the space used. */
export function FactList({ rows }: { rows: [term: string, value: string][] }) {
  return (
    <dl class="facts">
      {rows.map(([term, value]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
