/**
 * The PDF's XMP metadata packet: the document's title, author, subject, keywords, tools and
 * dates as the document information dictionary also has them (PDF/UA-1 asks for the title in
 * XMP, and readers and archives read XMP first), and, when `pdfUaPart` is given, the PDF/UA
 * identification.
 */
export interface XmpFields {
  title: string;
  author: string;
  subject: string;
  keywords: readonly string[];
  creatorTool: string;
  producer: string;
  date: Date;
  language: string;
  /** 1 to declare PDF/UA-1: only when the export meets it (docs/architecture.md says which checks hold it). */
  pdfUaPart?: 1;
}

export function xmpPacket(fields: XmpFields): string {
  const date = fields.date.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const alt = (text: string) => `<rdf:Alt><rdf:li xml:lang="x-default">${escapeXml(text)}</rdf:li></rdf:Alt>`;
  return [
    '<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>',
    '<x:xmpmeta xmlns:x="adobe:ns:meta/">',
    '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">',
    '<rdf:Description rdf:about=""',
    '  xmlns:dc="http://purl.org/dc/elements/1.1/"',
    '  xmlns:xmp="http://ns.adobe.com/xap/1.0/"',
    '  xmlns:pdf="http://ns.adobe.com/pdf/1.3/"',
    '  xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">',
    `<dc:format>application/pdf</dc:format>`,
    `<dc:title>${alt(fields.title)}</dc:title>`,
    `<dc:creator><rdf:Seq><rdf:li>${escapeXml(fields.author)}</rdf:li></rdf:Seq></dc:creator>`,
    `<dc:description>${alt(fields.subject)}</dc:description>`,
    `<dc:subject><rdf:Bag>${fields.keywords.map((keyword) => `<rdf:li>${escapeXml(keyword)}</rdf:li>`).join('')}</rdf:Bag></dc:subject>`,
    `<dc:language><rdf:Bag><rdf:li>${escapeXml(fields.language)}</rdf:li></rdf:Bag></dc:language>`,
    `<pdf:Keywords>${escapeXml(fields.keywords.join(' '))}</pdf:Keywords>`,
    `<pdf:Producer>${escapeXml(fields.producer)}</pdf:Producer>`,
    `<xmp:CreatorTool>${escapeXml(fields.creatorTool)}</xmp:CreatorTool>`,
    `<xmp:CreateDate>${date}</xmp:CreateDate>`,
    `<xmp:ModifyDate>${date}</xmp:ModifyDate>`,
    `<xmp:MetadataDate>${date}</xmp:MetadataDate>`,
    ...(fields.pdfUaPart ? [`<pdfuaid:part>${fields.pdfUaPart}</pdfuaid:part>`] : []),
    '</rdf:Description>',
    '</rdf:RDF>',
    '</x:xmpmeta>',
    '<?xpacket end="w"?>',
  ].join('\n');
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
