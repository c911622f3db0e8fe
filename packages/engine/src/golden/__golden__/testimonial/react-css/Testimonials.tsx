import './Testimonials.css';

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
    <section className="testimonials__testimonials" aria-labelledby="testimonials-title">
      <header className="testimonials__testimonials-header">
        <p className="testimonials__testimonials-eyebrow">Testimonials</p>
        <h2 className="testimonials__testimonials-title" id="testimonials-title">Loved by product teams</h2>
      </header>
      <ul className="testimonials__testimonials-list">
        {testimonialItems.map((item) => (
          <li key={item.id} className="testimonials__testimonial">
            <figure className="testimonials__testimonial-figure">
              <div className="testimonials__testimonial-top">
                <span className="testimonials__testimonial-quote-mark" aria-hidden="true">
                  <svg
                    className="testimonials__svg-1"
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
                    <path className="testimonials__path-1" d="M7 7h4v4c0 3-2 5-4 6M15 7h4v4c0 3-2 5-4 6" />
                  </svg>
                </span>
                <span className="testimonials__testimonial-stars" role="img" aria-label="Rated 5 out of 5">
                  <svg
                    className="testimonials__svg-2"
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
                    <path
                      className="testimonials__path-2"
                      d="m12 3 2.8 5.8 6.2.9-4.5 4.4 1.1 6.2-5.6-3-5.6 3 1.1-6.2L3 9.7l6.2-.9z"
                    />
                  </svg>
                  <svg
                    className="testimonials__svg-3"
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
                    <path
                      className="testimonials__path-3"
                      d="m12 3 2.8 5.8 6.2.9-4.5 4.4 1.1 6.2-5.6-3-5.6 3 1.1-6.2L3 9.7l6.2-.9z"
                    />
                  </svg>
                  <svg
                    className="testimonials__svg-4"
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
                    <path
                      className="testimonials__path-4"
                      d="m12 3 2.8 5.8 6.2.9-4.5 4.4 1.1 6.2-5.6-3-5.6 3 1.1-6.2L3 9.7l6.2-.9z"
                    />
                  </svg>
                  <svg
                    className="testimonials__svg-5"
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
                    <path
                      className="testimonials__path-5"
                      d="m12 3 2.8 5.8 6.2.9-4.5 4.4 1.1 6.2-5.6-3-5.6 3 1.1-6.2L3 9.7l6.2-.9z"
                    />
                  </svg>
                  <svg
                    className="testimonials__svg-6"
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
                    <path
                      className="testimonials__path-6"
                      d="m12 3 2.8 5.8 6.2.9-4.5 4.4 1.1 6.2-5.6-3-5.6 3 1.1-6.2L3 9.7l6.2-.9z"
                    />
                  </svg>
                </span>
              </div>
              <blockquote className="testimonials__testimonial-quote">
                <p className="testimonials__testimonial-text">{item.quote}</p>
              </blockquote>
              <figcaption className="testimonials__testimonial-author">
                <span className="testimonials__testimonial-avatar" aria-hidden="true">{item.initials}</span>
                <div className="testimonials__testimonial-author-text">
                  <cite className="testimonials__testimonial-name">{item.name}</cite>
                  <span className="testimonials__testimonial-role">{item.role}</span>
                </div>
              </figcaption>
            </figure>
          </li>
        ))}
      </ul>
    </section>
  );
}
