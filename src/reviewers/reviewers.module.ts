import { Module } from '@nestjs/common';
import { ThemesModule } from '../themes/themes.module.js';
import { ReviewersController } from './reviewers.controller.js';
import { ReviewersService } from './reviewers.service.js';

@Module({
  imports: [ThemesModule],
  controllers: [ReviewersController],
  providers: [ReviewersService],
  exports: [ReviewersService],
})
export class ReviewersModule {}
