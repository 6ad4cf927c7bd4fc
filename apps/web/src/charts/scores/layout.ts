export * from '@goldenthread/charts/scores';
