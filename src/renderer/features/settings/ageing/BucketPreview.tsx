import { Badge, Group, Text } from '@mantine/core';
import type { AgeingBasis } from '../../../../shared/contract/ageing';
import { bucketColour, bucketName, cssColour } from '../../../components/bucket-style';
import { previewLabels } from './ageing-form';

/** The buckets these limits make, as the dashboard will name and colour them; updated as typed. */
export function BucketPreview({ texts, basis }: { texts: string[]; basis: AgeingBasis }) {
  const labels = previewLabels(texts, basis);
  return (
    <div>
      <Text size="sm" fw={500} mb={6}>
        Your buckets
      </Text>
      {labels ? (
        <Group gap={6} aria-live="polite" data-testid="bucket-preview">
          {labels.map((label, i) => (
            <Badge
              key={label}
              variant="outline"
              color="gray"
              radius="sm"
              size="lg"
              tt="none"
              fw={500}
              c="var(--mantine-color-text)"
              leftSection={
                <span
                  style={{
                    display: 'inline-block',
                    width: 10,
                    height: 10,
                    borderRadius: 3,
                    background: cssColour(bucketColour(labels, i)),
                  }}
                />
              }
            >
              {bucketName(label, basis)}
            </Badge>
          ))}
        </Group>
      ) : (
        <Text size="sm" c="dimmed">
          The buckets show here once every limit is a number of days, each larger than the one before.
        </Text>
      )}
    </div>
  );
}
