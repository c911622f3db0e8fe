import { useState } from 'react';

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
    <section
      className="text-text bg-background py-xl px-md gap-lg font-base flex flex-col w-full box-border md:p-xl"
      aria-labelledby="faq-title"
    >
      <header className="gap-sm flex flex-col">
        <p className="text-primary m-0 text-sm/[inherit] font-semibold uppercase">FAQ</p>
        <h2
          className="text-text m-0 font-heading text-2xl font-bold leading-tight md:text-3xl"
          id="faq-title"
        >Frequently asked questions</h2>
        <p className="text-text-muted m-0 font-base text-lg leading-normal max-w-(--breakpoint-sm)">Everything you need to know about plans, billing and your data.</p>
      </header>
      <div className="text-text bg-surface border-border p-0 gap-0 rounded-lg border-(length:--border-width) shadow-sm flex flex-col overflow-hidden border-solid box-border">
        <div>
          <h3 className="m-0"><button className="text-text bg-transparent py-md px-lg gap-md border-0 font-base text-md/[inherit] font-semibold duration-(--duration-fast) flex items-center justify-between w-full text-left cursor-pointer transition-[background-color,border-color,color,box-shadow,transform,opacity] ease-[ease-out] hover:bg-surface-muted focus-visible:outline-focus focus-visible:outline-(length:--border-width) focus-visible:outline-offset-(--spacing-xs) focus-visible:outline-solid active:transform-[translateY(1px)] disabled:shadow-none disabled:opacity-55 disabled:cursor-not-allowed disabled:transform-none aria-disabled:shadow-none aria-disabled:opacity-55 aria-disabled:cursor-not-allowed aria-disabled:transform-none" type="button" id="faq-trigger-1" aria-expanded={open1} aria-controls="faq-panel-1" onClick={handleFaqTrigger1Click}>Can I try it before I pay?<span className="text-primary inline-flex shrink-0" aria-hidden="true">{open1 ? <svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" width="18" height="18" aria-hidden="true"><path d="M5 12h14" /></svg> : <svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" width="18" height="18" aria-hidden="true"><path d="M12 5v14M5 12h14" /></svg>}</span></button></h3>
          {open1 && (
            <div
              className="py-0 px-lg pb-md"
              id="faq-panel-1"
              role="region"
              aria-labelledby="faq-trigger-1"
            >
              <p className="text-text-muted m-0 font-base text-md leading-normal">Yes. The Free plan includes 50 generations a month with no card required, and Pro comes with a 14-day trial.</p>
            </div>
          )}
        </div>
        <div className="border-border border-0 border-solid border-t-(length:--border-width)">
          <h3 className="m-0"><button className="text-text bg-transparent py-md px-lg gap-md border-0 font-base text-md/[inherit] font-semibold duration-(--duration-fast) flex items-center justify-between w-full text-left cursor-pointer transition-[background-color,border-color,color,box-shadow,transform,opacity] ease-[ease-out] hover:bg-surface-muted focus-visible:outline-focus focus-visible:outline-(length:--border-width) focus-visible:outline-offset-(--spacing-xs) focus-visible:outline-solid active:transform-[translateY(1px)] disabled:shadow-none disabled:opacity-55 disabled:cursor-not-allowed disabled:transform-none aria-disabled:shadow-none aria-disabled:opacity-55 aria-disabled:cursor-not-allowed aria-disabled:transform-none" type="button" id="faq-trigger-2" aria-expanded={open2} aria-controls="faq-panel-2" onClick={handleFaqTrigger2Click}>Does it work with my design system?<span className="text-primary inline-flex shrink-0" aria-hidden="true">{open2 ? <svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" width="18" height="18" aria-hidden="true"><path d="M5 12h14" /></svg> : <svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" width="18" height="18" aria-hidden="true"><path d="M12 5v14M5 12h14" /></svg>}</span></button></h3>
          {open2 && (
            <div
              className="py-0 px-lg pb-md"
              id="faq-panel-2"
              role="region"
              aria-labelledby="faq-trigger-2"
            >
              <p className="text-text-muted m-0 font-base text-md leading-normal">Import your tokens from DTCG JSON, Style Dictionary, CSS variables or a Tailwind theme, and every component follows them.</p>
            </div>
          )}
        </div>
        <div className="border-border border-0 border-solid border-t-(length:--border-width)">
          <h3 className="m-0"><button className="text-text bg-transparent py-md px-lg gap-md border-0 font-base text-md/[inherit] font-semibold duration-(--duration-fast) flex items-center justify-between w-full text-left cursor-pointer transition-[background-color,border-color,color,box-shadow,transform,opacity] ease-[ease-out] hover:bg-surface-muted focus-visible:outline-focus focus-visible:outline-(length:--border-width) focus-visible:outline-offset-(--spacing-xs) focus-visible:outline-solid active:transform-[translateY(1px)] disabled:shadow-none disabled:opacity-55 disabled:cursor-not-allowed disabled:transform-none aria-disabled:shadow-none aria-disabled:opacity-55 aria-disabled:cursor-not-allowed aria-disabled:transform-none" type="button" id="faq-trigger-3" aria-expanded={open3} aria-controls="faq-panel-3" onClick={handleFaqTrigger3Click}>Which frameworks can I export to?<span className="text-primary inline-flex shrink-0" aria-hidden="true">{open3 ? <svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" width="18" height="18" aria-hidden="true"><path d="M5 12h14" /></svg> : <svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" width="18" height="18" aria-hidden="true"><path d="M12 5v14M5 12h14" /></svg>}</span></button></h3>
          {open3 && (
            <div
              className="py-0 px-lg pb-md"
              id="faq-panel-3"
              role="region"
              aria-labelledby="faq-trigger-3"
            >
              <p className="text-text-muted m-0 font-base text-md leading-normal">HTML with CSS or Tailwind, React, Vue 3, Svelte 5, Angular and Web Components — all from the same component.</p>
            </div>
          )}
        </div>
        <div className="border-border border-0 border-solid border-t-(length:--border-width)">
          <h3 className="m-0"><button className="text-text bg-transparent py-md px-lg gap-md border-0 font-base text-md/[inherit] font-semibold duration-(--duration-fast) flex items-center justify-between w-full text-left cursor-pointer transition-[background-color,border-color,color,box-shadow,transform,opacity] ease-[ease-out] hover:bg-surface-muted focus-visible:outline-focus focus-visible:outline-(length:--border-width) focus-visible:outline-offset-(--spacing-xs) focus-visible:outline-solid active:transform-[translateY(1px)] disabled:shadow-none disabled:opacity-55 disabled:cursor-not-allowed disabled:transform-none aria-disabled:shadow-none aria-disabled:opacity-55 aria-disabled:cursor-not-allowed aria-disabled:transform-none" type="button" id="faq-trigger-4" aria-expanded={open4} aria-controls="faq-panel-4" onClick={handleFaqTrigger4Click}>Can I cancel at any time?<span className="text-primary inline-flex shrink-0" aria-hidden="true">{open4 ? <svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" width="18" height="18" aria-hidden="true"><path d="M5 12h14" /></svg> : <svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false" width="18" height="18" aria-hidden="true"><path d="M12 5v14M5 12h14" /></svg>}</span></button></h3>
          {open4 && (
            <div
              className="py-0 px-lg pb-md"
              id="faq-panel-4"
              role="region"
              aria-labelledby="faq-trigger-4"
            >
              <p className="text-text-muted m-0 font-base text-md leading-normal">Of course. Cancel from the billing page and you keep access until the end of the period you paid for.</p>
            </div>
          )}
        </div>
      </div>
      <p className="text-text-muted m-0 gap-xs font-base text-sm leading-normal flex flex-wrap items-center">Still stuck?<a className="text-primary rounded-sm font-[family-name:inherit] font-medium duration-(--duration-fast) no-underline cursor-pointer transition-[background-color,border-color,color,box-shadow,transform,opacity] ease-[ease-out] hover:underline focus-visible:outline-focus focus-visible:outline-(length:--border-width) focus-visible:outline-offset-(--spacing-xs) focus-visible:outline-solid active:underline disabled:shadow-none disabled:opacity-55 disabled:cursor-not-allowed disabled:transform-none aria-disabled:shadow-none aria-disabled:opacity-55 aria-disabled:cursor-not-allowed aria-disabled:transform-none" href="#contact">Talk to our team</a></p>
    </section>
  );
}
