// The QR code a new device scans: a link to this app's `/connect#code=…`. Drawn as SVG (an image
// of it), so it is crisp at any size and needs no canvas.
import QRCode from 'qrcode';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { paths } from '../../ui/paths';

export function connectLink(code: string): string {
  return new URL(paths.connect(code), window.location.origin).href;
}

export function EnrolmentQr({ code }: { code: string }) {
  const { t } = useTranslation('connect');
  const [svg, setSvg] = useState<string>();
  useEffect(() => {
    let current = true;
    void QRCode.toString(connectLink(code), { type: 'svg', margin: 2, errorCorrectionLevel: 'M' }).then((made) => {
      if (current) setSvg(made);
    });
    return () => {
      current = false;
    };
  }, [code]);
  if (!svg) return null;
  return (
    <img
      className="enrolment-qr"
      src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`}
      alt={t('addDevice.qrAlt')}
      width={220}
      height={220}
    />
  );
}
