import { useState } from 'react';

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
    <section
      className="text-text bg-background py-xl px-md gap-lg font-base flex flex-col w-full box-border md:p-xl"
      aria-labelledby="stats-title"
    >
      <header className="gap-md flex flex-col md:flex-row md:items-end md:justify-between">
        <div className="gap-xs flex flex-col">
          <h2
            className="text-text m-0 font-heading text-2xl font-bold leading-tight"
            id="stats-title"
          >Overview</h2>
          <p className="text-text-muted m-0 font-base text-md leading-normal">Key metrics for your workspace</p>
        </div>
        <div
          className="bg-surface-muted p-xs gap-xs rounded-md flex items-center self-center"
          role="group"
          aria-label="Period"
        >
          {period === '7d' ? (
            <button
              className="text-text bg-surface border-transparent py-xs px-md rounded-md border-(length:--border-width) shadow-sm font-[family-name:inherit] text-sm font-semibold leading-tight duration-(--duration-fast) border-solid cursor-pointer transition-[background-color,border-color,color,box-shadow,transform,opacity] ease-[ease-out] hover:text-text focus-visible:outline-focus focus-visible:outline-(length:--border-width) focus-visible:outline-offset-(--spacing-xs) focus-visible:outline-solid active:transform-[translateY(1px)] disabled:shadow-none disabled:opacity-55 disabled:cursor-not-allowed disabled:transform-none aria-disabled:shadow-none aria-disabled:opacity-55 aria-disabled:cursor-not-allowed aria-disabled:transform-none"
              type="button"
              aria-pressed="true"
            >7 days</button>
          ) : (
            <button
              className="text-text bg-transparent border-transparent py-xs px-md rounded-md border-(length:--border-width) font-[family-name:inherit] text-sm font-medium leading-tight duration-(--duration-fast) border-solid cursor-pointer transition-[background-color,border-color,color,box-shadow,transform,opacity] ease-[ease-out] hover:bg-surface focus-visible:outline-focus focus-visible:outline-(length:--border-width) focus-visible:outline-offset-(--spacing-xs) focus-visible:outline-solid active:transform-[translateY(1px)] disabled:shadow-none disabled:opacity-55 disabled:cursor-not-allowed disabled:transform-none aria-disabled:shadow-none aria-disabled:opacity-55 aria-disabled:cursor-not-allowed aria-disabled:transform-none"
              type="button"
              aria-pressed="false"
              onClick={handlePeriod7dClick}
            >7 days</button>
          )}
          {period === '30d' ? (
            <button
              className="text-text bg-surface border-transparent py-xs px-md rounded-md border-(length:--border-width) shadow-sm font-[family-name:inherit] text-sm font-semibold leading-tight duration-(--duration-fast) border-solid cursor-pointer transition-[background-color,border-color,color,box-shadow,transform,opacity] ease-[ease-out] hover:text-text focus-visible:outline-focus focus-visible:outline-(length:--border-width) focus-visible:outline-offset-(--spacing-xs) focus-visible:outline-solid active:transform-[translateY(1px)] disabled:shadow-none disabled:opacity-55 disabled:cursor-not-allowed disabled:transform-none aria-disabled:shadow-none aria-disabled:opacity-55 aria-disabled:cursor-not-allowed aria-disabled:transform-none"
              type="button"
              aria-pressed="true"
            >30 days</button>
          ) : (
            <button
              className="text-text bg-transparent border-transparent py-xs px-md rounded-md border-(length:--border-width) font-[family-name:inherit] text-sm font-medium leading-tight duration-(--duration-fast) border-solid cursor-pointer transition-[background-color,border-color,color,box-shadow,transform,opacity] ease-[ease-out] hover:bg-surface focus-visible:outline-focus focus-visible:outline-(length:--border-width) focus-visible:outline-offset-(--spacing-xs) focus-visible:outline-solid active:transform-[translateY(1px)] disabled:shadow-none disabled:opacity-55 disabled:cursor-not-allowed disabled:transform-none aria-disabled:shadow-none aria-disabled:opacity-55 aria-disabled:cursor-not-allowed aria-disabled:transform-none"
              type="button"
              aria-pressed="false"
              onClick={handlePeriod30dClick}
            >30 days</button>
          )}
          {period === '90d' ? (
            <button
              className="text-text bg-surface border-transparent py-xs px-md rounded-md border-(length:--border-width) shadow-sm font-[family-name:inherit] text-sm font-semibold leading-tight duration-(--duration-fast) border-solid cursor-pointer transition-[background-color,border-color,color,box-shadow,transform,opacity] ease-[ease-out] hover:text-text focus-visible:outline-focus focus-visible:outline-(length:--border-width) focus-visible:outline-offset-(--spacing-xs) focus-visible:outline-solid active:transform-[translateY(1px)] disabled:shadow-none disabled:opacity-55 disabled:cursor-not-allowed disabled:transform-none aria-disabled:shadow-none aria-disabled:opacity-55 aria-disabled:cursor-not-allowed aria-disabled:transform-none"
              type="button"
              aria-pressed="true"
            >90 days</button>
          ) : (
            <button
              className="text-text bg-transparent border-transparent py-xs px-md rounded-md border-(length:--border-width) font-[family-name:inherit] text-sm font-medium leading-tight duration-(--duration-fast) border-solid cursor-pointer transition-[background-color,border-color,color,box-shadow,transform,opacity] ease-[ease-out] hover:bg-surface focus-visible:outline-focus focus-visible:outline-(length:--border-width) focus-visible:outline-offset-(--spacing-xs) focus-visible:outline-solid active:transform-[translateY(1px)] disabled:shadow-none disabled:opacity-55 disabled:cursor-not-allowed disabled:transform-none aria-disabled:shadow-none aria-disabled:opacity-55 aria-disabled:cursor-not-allowed aria-disabled:transform-none"
              type="button"
              aria-pressed="false"
              onClick={handlePeriod90dClick}
            >90 days</button>
          )}
        </div>
      </header>
      <ul className="p-0 m-0 gap-md grid grid-cols-[minmax(0,1fr)] list-none sm:grid-cols-2 lg:grid-cols-4">
        {statItems.map((item) => (
          <li
            key={item.id}
            className="text-text bg-surface border-border p-lg gap-sm rounded-lg border-(length:--border-width) shadow-sm flex flex-col border-solid box-border"
          >
            <div className="gap-sm flex items-center justify-between">
              <span className="text-text-muted m-0 font-base text-sm font-medium leading-normal">{item.label}</span>
              <span className="text-primary bg-surface-muted p-xs rounded-md inline-flex">
                <svg
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
                  <path d={item.icon} />
                </svg>
              </span>
            </div>
            <p className="text-text m-0 font-heading text-2xl font-bold leading-tight md:text-3xl">{item.value}</p>
            <p className="m-0 gap-sm flex flex-wrap items-center">
              {item.trend === 'up' ? <span className="text-text bg-surface-muted py-xs px-sm gap-xs rounded-full text-xs font-semibold leading-tight inline-flex items-center whitespace-nowrap"><span className="text-success inline-flex"><svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" width="14" height="14" aria-hidden="true"><path d="M12 19V5M6 11l6-6 6 6" /></svg></span>{item.delta}</span> : <span className="text-text bg-surface-muted py-xs px-sm gap-xs rounded-full text-xs font-semibold leading-tight inline-flex items-center whitespace-nowrap"><span className="text-danger inline-flex"><svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" width="14" height="14" aria-hidden="true"><path d="M12 5v14M6 13l6 6 6-6" /></svg></span>{item.delta}</span>}
              <span className="text-text-muted m-0 font-base text-xs leading-normal">vs previous period</span>
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
