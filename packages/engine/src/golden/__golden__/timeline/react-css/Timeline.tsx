import './Timeline.css';

interface TimelineEventItem {
  id: string;
  date: string;
  when: string;
  title: string;
  body: string;
  current: boolean;
}

const timelineEventItems: TimelineEventItem[] = [
  { id: 'event1', date: '2024-03-02', when: 'Mar 2, 2024', title: 'Project created', body: 'Maya set up the workspace and imported the brand tokens.', current: false },
  { id: 'event2', date: '2024-03-09', when: 'Mar 9, 2024', title: 'First components generated', body: '24 components across navigation, forms and marketing pages.', current: false },
  { id: 'event3', date: '2024-04-15', when: 'Apr 15, 2024', title: 'Baseline approved', body: 'Visual regression baselines approved for every breakpoint.', current: false },
  { id: 'event4', date: '2024-05-20', when: 'May 20, 2024', title: 'Version 2 released', body: 'Dark mode and the new pricing page went live.', current: true },
];

/** Timeline of 4 events */
export function Timeline() {
  return (
    <section className="timeline__timeline" aria-labelledby="timeline-title">
      <h2 className="timeline__timeline-title" id="timeline-title">Project history</h2>
      <ol className="timeline__timeline-list">
        {timelineEventItems.map((item) => (
          <li key={item.id} className="timeline__timeline-event">
            <span className="timeline__timeline-line" aria-hidden="true" />
            {item.current ? (
              <span className="timeline__timeline-dot-current" aria-hidden="true">
                <svg
                  className="timeline__svg-1"
                  viewBox="0 0 24 24"
                  fill="none"
                  stroke="currentColor"
                  strokeWidth="2"
                  strokeLinecap="round"
                  strokeLinejoin="round"
                  focusable="false"
                  width="12"
                  height="12"
                  aria-hidden="true"
                >
                  <path className="timeline__path-1" d="M13 2 4 14h7l-1 8 9-12h-7z" />
                </svg>
              </span>
            ) : (
              <span className="timeline__timeline-dot" aria-hidden="true">
                <svg
                  className="timeline__svg-2"
                  viewBox="0 0 24 24"
                  fill="none"
                  stroke="currentColor"
                  strokeWidth="2"
                  strokeLinecap="round"
                  strokeLinejoin="round"
                  focusable="false"
                  width="12"
                  height="12"
                  aria-hidden="true"
                >
                  <path className="timeline__path-2" d="M20 6 9 17l-5-5" />
                </svg>
              </span>
            )}
            <time className="timeline__timeline-date" dateTime={item.date}>{item.when}</time>
            <h3 className="timeline__timeline-event-title">{item.title}{item.current && <span className="timeline__timeline-current">Current</span>}</h3>
            <p className="timeline__timeline-event-body">{item.body}</p>
          </li>
        ))}
      </ol>
    </section>
  );
}
