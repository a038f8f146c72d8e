import { Arg, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { OpenData, OpenDataFile, OpenDataFormat } from './open-data.type';
import { openDataService } from './open-data.view';

@Resolver(() => OpenData)
export class OpenDataResolver {
  @Query(() => OpenData, {
    description: 'The open-data downloads (CSV and JSON Lines), their data dictionary and licence.',
  })
  openData(): OpenData {
    return openDataService.catalogue();
  }

  @FieldResolver(() => [OpenDataFile], {
    description: 'The files, national ones first, then by province code; each filter narrows the list.',
  })
  files(
    @Root() data: OpenData,
    @Arg('dataset', () => String, { nullable: true, description: 'e.g. "products".' })
    dataset?: string | null,
    @Arg('provinceCode', () => String, {
      nullable: true,
      description: 'A province of today (2-digit GSO code); "vn" for the national files.',
    })
    provinceCode?: string | null,
    @Arg('format', () => OpenDataFormat, { nullable: true }) format?: OpenDataFormat | null,
  ): OpenDataFile[] {
    return openDataService.files(data, { dataset, provinceCode, format });
  }
}
