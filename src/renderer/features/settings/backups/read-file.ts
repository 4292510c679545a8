/**
 * A picked file's bytes as base64, for browser mode's restore (main receives {name, data}). Read
 * through a data: URL, which the browser encodes natively: fast, and no giant string of bytes in
 * between, which matters for books of tens of megabytes.
 */
export function readAsBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read.'));
    reader.onload = () => {
      const url = String(reader.result);
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.readAsDataURL(file);
  });
}
