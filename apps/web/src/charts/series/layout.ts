export * from '@goldenthread/charts/series';
