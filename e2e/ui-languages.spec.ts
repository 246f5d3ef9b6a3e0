// The pages speak the browser's language: German, Spanish and French besides English.
import { expect, test } from './fixtures.ts';
import { holdLure } from './pages/warning-page.ts';

const HEADLINES = { de: 'Das ist nicht Windows 12.', es: 'Esto no es Windows 12.', fr: "Ce n'est pas Windows 12." } as const;

for (const [language, headline] of Object.entries(HEADLINES)) {
  test.describe(language, () => {
    test.use({ uiLanguage: language });
    test(`the warning is in ${language}`, async ({ ext, lab }) => {
      const { warning } = await holdLure(ext, lab, 'windows12');
      await expect(warning.headline).toHaveText(headline);
      await expect(warning.page.locator('html')).toHaveAttribute('lang', new RegExp(`^${language}`));
    });
  });
}
