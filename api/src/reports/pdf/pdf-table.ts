export interface PdfColumn {
  header: string;
  width: number;
  align?: 'left' | 'right';
}

const GAP = 4;
const ROW_SPACING = 3;

/**
 * A table whose every row is as tall as its tallest wrapped cell, so a long name wraps inside its
 * column and never runs into the next row; a row that would pass the bottom margin starts a new
 * page, header repeated. Returns the y below the table.
 */
export function drawTable(
  doc: PDFKit.PDFDocument,
  columns: readonly PdfColumn[],
  rows: readonly (readonly string[])[],
  x: number,
  top: number,
  fontSize = 9,
): number {
  let y = top;
  const bottom = () => doc.page.height - doc.page.margins.bottom;
  const draw = (cells: readonly string[], bold: boolean) => {
    doc
      .font(bold ? 'Helvetica-Bold' : 'Helvetica')
      .fontSize(fontSize)
      .fillColor('#000000');
    const height = Math.max(...cells.map((cell, i) => doc.heightOfString(cell, { width: columns[i].width })));
    let left = x;
    cells.forEach((cell, i) => {
      doc.text(cell, left, y, { width: columns[i].width, align: columns[i].align ?? 'left' });
      left += columns[i].width + GAP;
    });
    y += height + ROW_SPACING;
  };
  const header = columns.map((c) => c.header);
  draw(header, true);
  for (const row of rows) {
    doc.font('Helvetica').fontSize(fontSize);
    const height = Math.max(...row.map((cell, i) => doc.heightOfString(cell, { width: columns[i].width })));
    if (y + height > bottom()) {
      doc.addPage();
      y = doc.page.margins.top;
      draw(header, true);
    }
    draw(row, false);
  }
  return y;
}
