import { useState } from 'react';
import './StatsWidget.css';

interface StatItem {
  id: string;
  label: string;
  value: string;
  delta: string;
  trend: string;
  icon: string;
}

const statItems: StatItem[] = [
  { id: 'stat1', label: 'Revenue', value: '$48,295', delta: '+12.4%', trend: 'up', icon: 'M5 20V11M12 20V5M19 20v-6M3 20h18' },
  { id: 'stat2', label: 'Active users', value: '12,480', delta: '+8.1%', trend: 'up', icon: 'M5.5 8a3.5 3.5 0 1 0 7 0a3.5 3.5 0 1 0 -7 0M2 20a7 7 0 0 1 14 0M16 4.5a3.5 3.5 0 0 1 0 7M18 14a6 6 0 0 1 4 6' },
  { id: 'stat3', label: 'Conversion rate', value: '3.42%', delta: '−0.6%', trend: 'down', icon: 'M13 2 4 14h7l-1 8 9-12h-7z' },
  { id: 'stat4', label: 'Avg. session', value: '4m 12s', delta: '+1.9%', trend: 'up', icon: 'M3 12a9 9 0 1 0 18 0a9 9 0 1 0 -18 0M12 7v5l3 2' },
];

/** Dashboard widget with 4 metrics */
export function StatsWidget() {
  const [period, setPeriod] = useState('30d');

  function handlePeriod7dClick() {
    setPeriod('7d');
  }

  function handlePeriod30dClick() {
    setPeriod('30d');
  }

  function handlePeriod90dClick() {
    setPeriod('90d');
  }

  return (
    <section className="stats-widget__stats" aria-labelledby="stats-title">
      <header className="stats-widget__stats-header">
        <div className="stats-widget__stats-heading">
          <h2 className="stats-widget__stats-title" id="stats-title">Overview</h2>
          <p className="stats-widget__stats-subtitle">Key metrics for your workspace</p>
        </div>
        <div className="stats-widget__period" role="group" aria-label="Period">
          {period === '7d' ? (
            <button className="stats-widget__period-7d-active" type="button" aria-pressed="true">7 days</button>
          ) : (
            <button
              className="stats-widget__period-7d"
              type="button"
              aria-pressed="false"
              onClick={handlePeriod7dClick}
            >7 days</button>
          )}
          {period === '30d' ? (
            <button className="stats-widget__period-30d-active" type="button" aria-pressed="true">30 days</button>
          ) : (
            <button
              className="stats-widget__period-30d"
              type="button"
              aria-pressed="false"
              onClick={handlePeriod30dClick}
            >30 days</button>
          )}
          {period === '90d' ? (
            <button className="stats-widget__period-90d-active" type="button" aria-pressed="true">90 days</button>
          ) : (
            <button
              className="stats-widget__period-90d"
              type="button"
              aria-pressed="false"
              onClick={handlePeriod90dClick}
            >90 days</button>
          )}
        </div>
      </header>
      <ul className="stats-widget__stats-grid">
        {statItems.map((item) => (
          <li key={item.id} className="stats-widget__stat">
            <div className="stats-widget__stat-top">
              <span className="stats-widget__stat-label">{item.label}</span>
              <span className="stats-widget__stat-icon">
                <svg
                  className="stats-widget__svg-1"
                  viewBox="0 0 24 24"
                  fill="none"
                  stroke="currentColor"
                  strokeWidth="2"
                  strokeLinecap="round"
                  strokeLinejoin="round"
                  focusable="false"
                  width="18"
                  height="18"
                  aria-hidden="true"
                >
                  <path className="stats-widget__path-1" d={item.icon} />
                </svg>
              </span>
            </div>
            <p className="stats-widget__stat-value">{item.value}</p>
            <p className="stats-widget__stat-change">
              {item.trend === 'up' ? <span className="stats-widget__stat-delta-up"><span className="stats-widget__stat-delta-up-icon"><svg className="stats-widget__svg-2" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" width="14" height="14" aria-hidden="true"><path className="stats-widget__path-2" d="M12 19V5M6 11l6-6 6 6" /></svg></span>{item.delta}</span> : <span className="stats-widget__stat-delta-down"><span className="stats-widget__stat-delta-down-icon"><svg className="stats-widget__svg-3" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" width="14" height="14" aria-hidden="true"><path className="stats-widget__path-3" d="M12 5v14M6 13l6 6 6-6" /></svg></span>{item.delta}</span>}
              <span className="stats-widget__stat-caption">vs previous period</span>
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
