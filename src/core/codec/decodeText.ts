/**
 * Decodes the bytes of a text file as its byte order mark says: UTF-16 little- or big-endian
 * after FF FE or FE FF (what Windows PowerShell 5 writes with `>`, say `kubectl get cm -o yaml >
 * kubeadm.yaml`), else UTF-8 with a leading BOM dropped. Invalid sequences become U+FFFD, so
 * binary input decodes to text that the parsers then refuse with their own message.
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe)
    return new TextDecoder("utf-16le").decode(bytes);
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff)
    return new TextDecoder("utf-16be").decode(bytes);
  return new TextDecoder("utf-8").decode(bytes);
}
