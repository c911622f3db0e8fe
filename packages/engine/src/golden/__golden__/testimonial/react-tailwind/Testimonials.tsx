
interface TestimonialItem {
  id: string;
  quote: string;
  name: string;
  role: string;
  initials: string;
}

const testimonialItems: TestimonialItem[] = [
  { id: 'quote1', quote: 'We went from a two-week design handoff to shipping the same afternoon. Every component already matches our tokens.', name: 'Elena Marsh', role: 'Head of Design, Lumen', initials: 'EM' },
];

/** Customer testimonials */
export function Testimonials() {
  return (
    <section
      className="text-text bg-background py-xl px-md gap-lg font-base flex flex-col w-full box-border md:p-xl"
      aria-labelledby="testimonials-title"
    >
      <header className="gap-sm flex flex-col items-center text-center">
        <p className="text-primary m-0 text-sm/[inherit] font-semibold uppercase">Testimonials</p>
        <h2
          className="text-text m-0 font-heading text-2xl font-bold leading-tight md:text-3xl"
          id="testimonials-title"
        >Loved by product teams</h2>
      </header>
      <ul className="p-0 m-0 gap-lg grid self-center grid-cols-[minmax(0,1fr)] w-full max-w-[48rem] list-none box-content">
        {testimonialItems.map((item) => (
          <li
            key={item.id}
            className="text-text bg-surface border-border p-xl m-0 gap-md rounded-lg border-(length:--border-width) shadow-sm flex flex-col border-solid box-border"
          >
            <figure className="m-0 gap-md flex flex-col h-full">
              <div className="gap-sm flex items-center justify-between">
                <span className="text-primary inline-flex" aria-hidden="true">
                  <svg
                    viewBox="0 0 24 24"
                    fill="none"
                    stroke="currentColor"
                    strokeWidth="2"
                    strokeLinecap="round"
                    strokeLinejoin="round"
                    focusable="false"
                    width="28"
                    height="28"
                    aria-hidden="true"
                  >
                    <path d="M7 7h4v4c0 3-2 5-4 6M15 7h4v4c0 3-2 5-4 6" />
                  </svg>
                </span>
                <span
                  className="text-warning gap-0 flex items-center"
                  role="img"
                  aria-label="Rated 5 out of 5"
                >
                  <svg
                    viewBox="0 0 24 24"
                    fill="currentColor"
                    stroke="currentColor"
                    strokeWidth="2"
                    strokeLinecap="round"
                    strokeLinejoin="round"
                    focusable="false"
                    width="16"
                    height="16"
                    aria-hidden="true"
                  >
                    <path d="m12 3 2.8 5.8 6.2.9-4.5 4.4 1.1 6.2-5.6-3-5.6 3 1.1-6.2L3 9.7l6.2-.9z" />
                  </svg>
                  <svg
                    viewBox="0 0 24 24"
                    fill="currentColor"
                    stroke="currentColor"
                    strokeWidth="2"
                    strokeLinecap="round"
                    strokeLinejoin="round"
                    focusable="false"
                    width="16"
                    height="16"
                    aria-hidden="true"
                  >
                    <path d="m12 3 2.8 5.8 6.2.9-4.5 4.4 1.1 6.2-5.6-3-5.6 3 1.1-6.2L3 9.7l6.2-.9z" />
                  </svg>
                  <svg
                    viewBox="0 0 24 24"
                    fill="currentColor"
                    stroke="currentColor"
                    strokeWidth="2"
                    strokeLinecap="round"
                    strokeLinejoin="round"
                    focusable="false"
                    width="16"
                    height="16"
                    aria-hidden="true"
                  >
                    <path d="m12 3 2.8 5.8 6.2.9-4.5 4.4 1.1 6.2-5.6-3-5.6 3 1.1-6.2L3 9.7l6.2-.9z" />
                  </svg>
                  <svg
                    viewBox="0 0 24 24"
                    fill="currentColor"
                    stroke="currentColor"
                    strokeWidth="2"
                    strokeLinecap="round"
                    strokeLinejoin="round"
                    focusable="false"
                    width="16"
                    height="16"
                    aria-hidden="true"
                  >
                    <path d="m12 3 2.8 5.8 6.2.9-4.5 4.4 1.1 6.2-5.6-3-5.6 3 1.1-6.2L3 9.7l6.2-.9z" />
                  </svg>
                  <svg
                    viewBox="0 0 24 24"
                    fill="currentColor"
                    stroke="currentColor"
                    strokeWidth="2"
                    strokeLinecap="round"
                    strokeLinejoin="round"
                    focusable="false"
                    width="16"
                    height="16"
                    aria-hidden="true"
                  >
                    <path d="m12 3 2.8 5.8 6.2.9-4.5 4.4 1.1 6.2-5.6-3-5.6 3 1.1-6.2L3 9.7l6.2-.9z" />
                  </svg>
                </span>
              </div>
              <blockquote className="m-0 grow">
                <p className="text-text m-0 font-heading text-xl font-medium leading-normal">{item.quote}</p>
              </blockquote>
              <figcaption className="gap-sm flex items-center">
                <span
                  className="text-on-primary bg-primary rounded-full text-sm/[inherit] font-semibold inline-flex shrink-0 items-center justify-center w-[3rem] h-[3rem]"
                  aria-hidden="true"
                >{item.initials}</span>
                <div className="gap-0 flex flex-col">
                  <cite className="text-text font-semibold no-underline">{item.name}</cite>
                  <span className="text-text-muted m-0 font-base text-sm leading-normal">{item.role}</span>
                </div>
              </figcaption>
            </figure>
          </li>
        ))}
      </ul>
    </section>
  );
}
