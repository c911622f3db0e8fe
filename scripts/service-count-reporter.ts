import type { Reporter, TestModule } from 'vitest/node';

// Counts passed tests that ran against a real service. A test belongs to a
// service when a describe/it title on its path carries the tag "[postgres]",
// "[redis]" or "[s3]" — the real-service suites tag themselves that way.
const TAGS = ['postgres', 'redis', 's3'] as const;

export default class ServiceCountReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    const counts = Object.fromEntries(TAGS.map((t) => [t, 0])) as Record<(typeof TAGS)[number], number>;
    for (const mod of testModules) {
      for (const test of mod.children.allTests()) {
        if (test.result().state !== 'passed') continue;
        const path = test.fullName;
        for (const tag of TAGS) if (path.includes(`[${tag}]`)) counts[tag] += 1;
      }
    }
    console.log(
      `\nReal-service tests passed: PostgreSQL ${counts.postgres}, Redis ${counts.redis}, S3-compatible ${counts.s3}\n`,
    );
  }
}
