import { resolveRelative } from './resolve-relative';

// Each candidate's URL: non-space characters after the start or a comma, less the commas that end it
// (https://html.spec.whatwg.org/#parse-a-srcset-attribute); commas inside a URL (Cloudinary's "w_300,h_200") stay in it.
const CANDIDATE_URL = /(?<=^|,)(\s*)([^\s,]\S*?)(,*)(?=\s|$)/g;

/** A srcset value with each relative candidate URL made absolute against base; descriptors ("2x", "300w") kept. */
export function absolutizeSrcset(srcset: string, base: string): string {
  return srcset.replace(CANDIDATE_URL, (whole, space: string, url: string, commas: string) => {
    const absolute = resolveRelative(url, base);
    return absolute ? `${space}${absolute}${commas}` : whole;
  });
}
