import { TARGETS } from '@anclora/engine';

export function TargetList() {
  return (
    <section id="targets" className="card" aria-labelledby="targets-title">
      <h2 id="targets-title">Targets</h2>
      <p className="muted">One component spec compiles to each of these, and all of them render identically.</p>
      <ul className="target-list">
        {TARGETS.map((target) => (
          <li key={target.id} className="target-list__item">
            <span className="target-list__label">{target.label}</span>
            <span className="target-list__detail">{target.detail}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
