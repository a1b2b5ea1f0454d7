import * as z from 'zod';
import { WebAddress } from './web-address.ts';

/** Where a duty comes from: the short source name, the chapter, paragraph or section, and a link. */
export const Citation = z
  .strictObject({
    source: z
      .string()
      .min(1)
      .meta({ description: 'Short name of the source, for example wt2023 or ca2004.' }),
    ref: z.string().min(1).meta({
      description: 'Chapter, paragraph, section or regulation, for example "chapter 5" or "s16C(1)".',
    }),
    url: WebAddress.optional().meta({ description: 'Address of the published source.' }),
  })
  .meta({ description: 'A reference to the guidance or law that a duty comes from.' });

export type Citation = z.infer<typeof Citation>;
