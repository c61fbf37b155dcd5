import { useEffect, useRef, useState } from 'react';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { Dialog } from '../../ui/dialog.tsx';

// The Barcode Detection API (Chromium on Android, ChromeOS, macOS): not in the DOM
// types yet, so the little of it used here is declared.
interface DetectedBarcode {
  rawValue: string;
}
interface BarcodeDetectorLike {
  detect(source: HTMLVideoElement): Promise<DetectedBarcode[]>;
}
type BarcodeDetectorClass = new (options: { formats: string[] }) => BarcodeDetectorLike;

const detectorClass = (): BarcodeDetectorClass | null => (globalThis as { BarcodeDetector?: BarcodeDetectorClass }).BarcodeDetector ?? null;

/** Whether this browser can read a QR code from the camera; the typed field works everywhere. */
export const canScanQr = (): boolean => detectorClass() !== null && typeof navigator !== 'undefined' && Boolean(navigator.mediaDevices?.getUserMedia);

/** The camera in a dialog until a QR code is read; the camera is switched off when it closes. */
export function QrScannerDialog({ open, onScan, onClose }: { open: boolean; onScan: (text: string) => void; onClose: () => void }) {
  const { t } = useI18n();
  const video = useRef<HTMLVideoElement>(null);
  const [error, setError] = useState<string | null>(null);
  const onScanRef = useRef(onScan);
  onScanRef.current = onScan;

  useEffect(() => {
    const Detector = detectorClass();
    if (!open || !Detector) return;
    let stream: MediaStream | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;
    const detector = new Detector({ formats: ['qr_code'] });
    const look = async () => {
      if (stopped || !video.current) return;
      try {
        const [code] = await detector.detect(video.current);
        if (code?.rawValue && !stopped) {
          onScanRef.current(code.rawValue);
          return;
        }
      } catch {
        // a frame that is not ready yet; try the next one
      }
      timer = setTimeout(() => void look(), 250);
    };
    setError(null);
    navigator.mediaDevices
      .getUserMedia({ video: { facingMode: 'environment' }, audio: false })
      .then(async (media) => {
        stream = media;
        if (stopped || !video.current) return;
        video.current.srcObject = media;
        await video.current.play();
        void look();
      })
      .catch(() => setError(t('cashier.cameraRefused')));
    return () => {
      stopped = true;
      clearTimeout(timer);
      stream?.getTracks().forEach((track) => track.stop());
    };
  }, [open, t]);

  return (
    <Dialog open={open} title={t('cashier.scanTitle')} onClose={onClose}>
      <p className="muted">{t('cashier.scanHint')}</p>
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : (
        <video ref={video} className="qr-video" muted playsInline aria-label={t('cashier.cameraView')} />
      )}
    </Dialog>
  );
}
