import { ConfigError } from './config';
import { fileStoreConfig } from './file-store';

describe('FILE_STORE and the S3_* settings', () => {
  it('keeps files in the data dir unless told otherwise', () => {
    expect(fileStoreConfig({})).toEqual({ kind: 'local' });
  });

  it('reads a MinIO-style bucket: path-style addressing because an endpoint is given', () => {
    expect(
      fileStoreConfig({
        FILE_STORE: 's3',
        S3_BUCKET: 'studio-frames',
        S3_PREFIX: 'frameledger/',
        S3_ENDPOINT: 'http://minio:9000',
        S3_ACCESS_KEY_ID: 'frameledger',
        S3_SECRET_ACCESS_KEY: 'a-long-secret',
      }),
    ).toEqual({
      kind: 's3',
      bucket: 'studio-frames',
      prefix: 'frameledger/',
      region: 'us-east-1',
      endpoint: 'http://minio:9000',
      forcePathStyle: true,
      credentials: { accessKeyId: 'frameledger', secretAccessKey: 'a-long-secret' },
    });
  });

  it('leaves AWS itself to virtual-hosted addressing and the SDK credential chain', () => {
    expect(fileStoreConfig({ FILE_STORE: 's3', S3_BUCKET: 'studio-frames', S3_REGION: 'eu-west-1' })).toEqual(
      {
        kind: 's3',
        bucket: 'studio-frames',
        prefix: '',
        region: 'eu-west-1',
        endpoint: undefined,
        forcePathStyle: false,
        credentials: undefined,
      },
    );
  });

  it.each([
    [{ FILE_STORE: 'nfs' }, 'FILE_STORE must be local or s3; it is "nfs".'],
    [{ FILE_STORE: 's3' }, 'FILE_STORE=s3 needs S3_BUCKET'],
    [{ FILE_STORE: 's3', S3_BUCKET: 'Studio_Frames' }, 'a bucket name of 3 to 63 lower-case letters'],
    [
      { FILE_STORE: 's3', S3_BUCKET: 'frames', S3_PREFIX: 'frameledger' },
      'S3_PREFIX must be empty or a folder',
    ],
    [
      { FILE_STORE: 's3', S3_BUCKET: 'frames', S3_ENDPOINT: 'minio:9000' },
      'S3_ENDPOINT must be an http(s) URL',
    ],
    [{ FILE_STORE: 's3', S3_BUCKET: 'frames', S3_ACCESS_KEY_ID: 'only-the-id' }, 'Set both S3_ACCESS_KEY_ID'],
  ])('refuses %j at boot', (env, message) => {
    expect(() => fileStoreConfig(env)).toThrow(ConfigError);
    expect(() => fileStoreConfig(env)).toThrow(message);
  });
});
