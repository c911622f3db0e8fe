import { useState } from 'react';
import './Accordion.css';

/** FAQ accordion (4) */
export function Accordion() {
  const [open1, setOpen1] = useState(true);
  const [open2, setOpen2] = useState(false);
  const [open3, setOpen3] = useState(false);
  const [open4, setOpen4] = useState(false);

  function handleFaqTrigger1Click() {
    setOpen1((current) => !current);
  }

  function handleFaqTrigger2Click() {
    setOpen2((current) => !current);
  }

  function handleFaqTrigger3Click() {
    setOpen3((current) => !current);
  }

  function handleFaqTrigger4Click() {
    setOpen4((current) => !current);
  }

  return (
    <section className="accordion__faq" aria-labelledby="faq-title">
      <header className="accordion__faq-header">
        <p className="accordion__faq-eyebrow">FAQ</p>
        <h2 className="accordion__faq-title" id="faq-title">Frequently asked questions</h2>
        <p className="accordion__faq-subtitle">Everything you need to know about plans, billing and your data.</p>
      </header>
      <div className="accordion__faq-list">
        <div className="accordion__faq-item-1">
          <h3 className="accordion__faq-heading-1"><button className="accordion__faq-trigger-1" type="button" id="faq-trigger-1" aria-expanded={open1} aria-controls="faq-panel-1" onClick={handleFaqTrigger1Click}>Can I try it before I pay?<span className="accordion__faq-icon-1" aria-hidden="true">{open1 ? <svg className="accordion__svg-1" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" width="18" height="18" aria-hidden="true"><path className="accordion__path-1" d="M5 12h14" /></svg> : <svg className="accordion__svg-2" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" width="18" height="18" aria-hidden="true"><path className="accordion__path-2" d="M12 5v14M5 12h14" /></svg>}</span></button></h3>
          {open1 && (
            <div
              className="accordion__faq-panel-1"
              id="faq-panel-1"
              role="region"
              aria-labelledby="faq-trigger-1"
            >
              <p className="accordion__faq-answer-1">Yes. The Free plan includes 50 generations a month with no card required, and Pro comes with a 14-day trial.</p>
            </div>
          )}
        </div>
        <div className="accordion__faq-item-2">
          <h3 className="accordion__faq-heading-2"><button className="accordion__faq-trigger-2" type="button" id="faq-trigger-2" aria-expanded={open2} aria-controls="faq-panel-2" onClick={handleFaqTrigger2Click}>Does it work with my design system?<span className="accordion__faq-icon-2" aria-hidden="true">{open2 ? <svg className="accordion__svg-3" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" width="18" height="18" aria-hidden="true"><path className="accordion__path-3" d="M5 12h14" /></svg> : <svg className="accordion__svg-4" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" width="18" height="18" aria-hidden="true"><path className="accordion__path-4" d="M12 5v14M5 12h14" /></svg>}</span></button></h3>
          {open2 && (
            <div
              className="accordion__faq-panel-2"
              id="faq-panel-2"
              role="region"
              aria-labelledby="faq-trigger-2"
            >
              <p className="accordion__faq-answer-2">Import your tokens from DTCG JSON, Style Dictionary, CSS variables or a Tailwind theme, and every component follows them.</p>
            </div>
          )}
        </div>
        <div className="accordion__faq-item-3">
          <h3 className="accordion__faq-heading-3"><button className="accordion__faq-trigger-3" type="button" id="faq-trigger-3" aria-expanded={open3} aria-controls="faq-panel-3" onClick={handleFaqTrigger3Click}>Which frameworks can I export to?<span className="accordion__faq-icon-3" aria-hidden="true">{open3 ? <svg className="accordion__svg-5" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" width="18" height="18" aria-hidden="true"><path className="accordion__path-5" d="M5 12h14" /></svg> : <svg className="accordion__svg-6" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" width="18" height="18" aria-hidden="true"><path className="accordion__path-6" d="M12 5v14M5 12h14" /></svg>}</span></button></h3>
          {open3 && (
            <div
              className="accordion__faq-panel-3"
              id="faq-panel-3"
              role="region"
              aria-labelledby="faq-trigger-3"
            >
              <p className="accordion__faq-answer-3">HTML with CSS or Tailwind, React, Vue 3, Svelte 5, Angular and Web Components — all from the same component.</p>
            </div>
          )}
        </div>
        <div className="accordion__faq-item-4">
          <h3 className="accordion__faq-heading-4"><button className="accordion__faq-trigger-4" type="button" id="faq-trigger-4" aria-expanded={open4} aria-controls="faq-panel-4" onClick={handleFaqTrigger4Click}>Can I cancel at any time?<span className="accordion__faq-icon-4" aria-hidden="true">{open4 ? <svg className="accordion__svg-7" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" width="18" height="18" aria-hidden="true"><path className="accordion__path-7" d="M5 12h14" /></svg> : <svg className="accordion__svg-8" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" width="18" height="18" aria-hidden="true"><path className="accordion__path-8" d="M12 5v14M5 12h14" /></svg>}</span></button></h3>
          {open4 && (
            <div
              className="accordion__faq-panel-4"
              id="faq-panel-4"
              role="region"
              aria-labelledby="faq-trigger-4"
            >
              <p className="accordion__faq-answer-4">Of course. Cancel from the billing page and you keep access until the end of the period you paid for.</p>
            </div>
          )}
        </div>
      </div>
      <p className="accordion__faq-contact">Still stuck?<a className="accordion__faq-contact-link" href="#contact">Talk to our team</a></p>
    </section>
  );
}
