// Shared upload and preview components (POST /files, GET /files/:id), used by complaints,
// evidence and any resource that attaches files (on-site checks, appeals).
export { FileDropzone, type FileDropzoneProps } from './FileDropzone';
export { FilePreview, type PreviewFile } from './FilePreview';
export { ImageZoomDialog } from './ImageZoomDialog';
export { Sha256 } from './Sha256';
export { formatSize } from './formatSize';
export { useUploadLimitMb } from './useUploadLimit';
