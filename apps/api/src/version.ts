import rootPackage from '../../../package.json' with { type: 'json' };

/** The product version, from the root package.json (bundled at build time). */
export const version: string = rootPackage.version;
