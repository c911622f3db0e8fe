
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
    <section
      className="text-text bg-surface border-border p-lg gap-lg rounded-lg border-(length:--border-width) shadow-sm font-base flex flex-col w-full max-w-[40rem] border-solid box-border"
      aria-labelledby="timeline-title"
    >
      <h2
        className="text-text m-0 font-heading text-xl font-bold leading-tight"
        id="timeline-title"
      >Project history</h2>
      <ol className="p-0 m-0 gap-lg flex flex-col overflow-hidden list-none">
        {timelineEventItems.map((item) => (
          <li key={item.id} className="pl-xl gap-xs flex relative flex-col">
            <span
              className="bg-border absolute top-[1.5rem] bottom-[-1.5rem] left-[0.75rem] w-(--border-width)"
              aria-hidden="true"
            />
            {item.current ? (
              <span
                className="text-on-primary bg-primary rounded-full shadow-sm inline-flex absolute top-0 left-0 shrink-0 items-center justify-center w-lg h-lg"
                aria-hidden="true"
              >
                <svg
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
                  <path d="M13 2 4 14h7l-1 8 9-12h-7z" />
                </svg>
              </span>
            ) : (
              <span
                className="text-primary bg-surface-muted rounded-full shadow-sm inline-flex absolute top-0 left-0 shrink-0 items-center justify-center w-lg h-lg"
                aria-hidden="true"
              >
                <svg
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
                  <path d="M20 6 9 17l-5-5" />
                </svg>
              </span>
            )}
            <time
              className="text-text-muted m-0 font-base text-xs font-medium leading-normal"
              dateTime={item.date}
            >{item.when}</time>
            <h3 className="text-text m-0 gap-sm font-heading text-md font-bold leading-tight flex items-center">{item.title}{item.current && <span className="text-on-primary bg-primary py-xs px-sm gap-xs rounded-full text-xs font-semibold leading-tight inline-flex items-center whitespace-nowrap">Current</span>}</h3>
            <p className="text-text-muted m-0 font-base text-sm leading-normal">{item.body}</p>
          </li>
        ))}
      </ol>
    </section>
  );
}
