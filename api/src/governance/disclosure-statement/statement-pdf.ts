import PDFDocument from 'pdfkit';
import type { SignedStatement } from './statement.service';
import type { StatementUse } from './statement';

/**
 * The statement as a PDF for people: the same facts as the signed JSON, use by use, closing with
 * the signature and the audit head it references. The JSON is what verifies; the PDF says where.
 */
export function statementPdf(signed: SignedStatement): Promise<Buffer> {
  const { statement } = signed;
  const doc = new PDFDocument({
    size: 'A4',
    margin: 56,
    info: { Title: `AI disclosure statement ${statement.production.code}`, Author: 'FrameLedger' },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));

  doc.font('Helvetica-Bold').fontSize(18).text(`AI disclosure statement: ${statement.production.code}`);
  doc.font('Helvetica').fontSize(10).fillColor('#333333');
  doc.text(`${statement.production.title}. Deliverable: ${statement.deliverable.label}.`);
  doc.text(
    `Generated ${statement.generatedAt} by FrameLedger. Audit log tree size ${statement.audit.treeSize}.`,
  );
  doc.text(`Rule packs: ${statement.packs.map((p) => p.id).join(', ')}.`);
  doc.moveDown();
  doc.fillColor('#000000').font('Helvetica-Bold').fontSize(12);
  doc.text(`Generative AI uses in the deliverable: ${statement.uses.length}`);
  for (const use of statement.uses) writeUse(doc, use);

  doc.moveDown().font('Helvetica-Bold').fontSize(12).text('Disclosure plan (deepfake-like content)');
  doc.font('Helvetica').fontSize(9);
  if (statement.disclosurePlans.length === 0) doc.text('None recorded for this deliverable.');
  for (const plan of statement.disclosurePlans) {
    doc.font('Helvetica-Bold').text(`${plan.deliverable}: `, { continued: true }).font('Helvetica');
    doc.text(
      `${plan.placements.join(', ')}. ${plan.howTold} First told: ${plan.firstExposure} (recorded ${plan.updatedAt}).`,
    );
  }

  doc.moveDown().font('Helvetica-Bold').fontSize(12).text('Signature');
  doc.font('Helvetica').fontSize(8);
  doc.text(
    `Signed with the audit key ${signed.keyId} over domain ${statement.format} and the canonical JSON of the statement (download the JSON to verify).`,
  );
  doc.text(`Audit head: tree size ${statement.audit.treeSize}, root ${statement.audit.rootHash}.`);
  doc.text(`Signature: ${signed.signature}`);
  doc.end();
  return done;
}

function writeUse(doc: PDFKit.PDFDocument, use: StatementUse): void {
  const line = (label: string, value: string) =>
    doc.font('Helvetica-Bold').text(`${label}: `, { continued: true }).font('Helvetica').text(value);
  doc
    .moveDown(0.6)
    .font('Helvetica-Bold')
    .fontSize(11)
    .text(`Shot ${use.shotCode}${use.episode ? ` (${use.episode})` : ''}, run ${use.runId}`);
  doc.fontSize(9);
  line(
    'Tool and model',
    `${use.tool ?? 'FrameLedger pipeline'}; ${use.model}${use.vendor ? ` by ${use.vendor}` : ''}`,
  );
  line(
    'Licence and training data',
    `${use.licence ?? 'n/a'}; ${use.trainingData ?? 'n/a'}${use.trainingDataNotes ? ` (${use.trainingDataNotes})` : ''}`,
  );
  line(
    'Use',
    `${use.useClass}${use.useClassReason ? `: ${use.useClassReason}` : ''}; output ${use.outputStatus}`,
  );
  line(
    'Likeness and consent',
    `${use.likenessKind}${use.performer ? ` of ${use.performer}` : ''}; consent ${use.consent.standing}`,
  );
  line(
    'Disclosed to',
    use.disclosures.map((d) => `${d.contact} on ${d.disclosedAt}: ${d.description}`).join('; ') ||
      'none recorded',
  );
  line('Five-principle check', use.escalation);
  line(
    'Approvals',
    use.approvals
      .map((a) => `${a.category} by ${a.approver} (${a.documentRef}, ${a.approvedAt})`)
      .join('; ') || 'none recorded',
  );
  line('Marking', use.marking);
  line(
    'Rules',
    use.rules
      .map((r) => `${r.ruleId} (${r.occasion}) ${r.outcome}${r.finding ? `: ${r.finding}` : ''}`)
      .join('; ') || 'none apply',
  );
}
