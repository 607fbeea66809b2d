/** What the build knows about the package (esbuild.js defines these from package.json). */
declare const STATLENS_VERSION: string | undefined;
declare const STATLENS_REPOSITORY: string | undefined;

export const VERSION = typeof STATLENS_VERSION === 'string' ? STATLENS_VERSION : 'dev';

/** The repository's web address: package.json's repository.url without "git+" or ".git". */
export const HOMEPAGE = ((typeof STATLENS_REPOSITORY === 'string' && STATLENS_REPOSITORY) || 'https://github.com/statlens/statlens').replace(/^git\+/, '').replace(/\.git$/, '');
